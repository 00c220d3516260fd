# `done` takes several ids and reports each change in the order given; in English too.

> file plan.md
# Kế hoạch
## Mảng A
- [ ] Việc một  id:A1
- [/] Việc hai  id:A2 due:2021-11-01
## Mảng B
* [!] Việc ba  id:B1 lead:X
> end

$ workplan done B1 A1 --lang en
plan.md:6
- * [!] Việc ba  id:B1 lead:X
+ * [x] Việc ba  id:B1 lead:X done:2021-10-29
plan.md:3
- - [ ] Việc một  id:A1
+ - [x] Việc một  id:A1 done:2021-10-29
? 0

= file plan.md
# Kế hoạch
## Mảng A
- [x] Việc một  id:A1 done:2021-10-29
- [/] Việc hai  id:A2 due:2021-11-01
## Mảng B
* [x] Việc ba  id:B1 lead:X done:2021-10-29
= end

# The date comes from WORKPLAN_TODAY.
@ env WORKPLAN_TODAY=2021-11-02
$ workplan done A2
plan.md:4
- - [/] Việc hai  id:A2 due:2021-11-01
+ - [x] Việc hai  id:A2 due:2021-11-01 done:2021-11-02
? 0
