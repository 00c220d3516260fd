# A file with CRLF line ends keeps CRLF on every line: the edited line, the others, and
# a line that `add` inserts. The change report itself shows no CR.

> file plan.md
# Kế hoạch\r (esc)
\r (esc)
## Mảng\r (esc)
- [ ] Việc một  id:A1\r (esc)
- [ ] Việc hai  id:A2\r (esc)
Ghi chú cuối.\r (esc)
> end

$ workplan done A1
plan.md:4
- - [ ] Việc một  id:A1
+ - [x] Việc một  id:A1 done:2021-10-29
? 0

= file plan.md
# Kế hoạch\r (esc)
\r (esc)
## Mảng\r (esc)
- [x] Việc một  id:A1 done:2021-10-29\r (esc)
- [ ] Việc hai  id:A2\r (esc)
Ghi chú cuối.\r (esc)
= end

$ workplan add --track mang "Việc ba" due:2021-12-01
plan.md:6
+ - [ ] Việc ba  id:T1 due:2021-12-01
? 0

$ workplan set A2 status:doing
plan.md:5
- - [ ] Việc hai  id:A2
+ - [/] Việc hai  id:A2
? 0

= file plan.md
# Kế hoạch\r (esc)
\r (esc)
## Mảng\r (esc)
- [x] Việc một  id:A1 done:2021-10-29\r (esc)
- [/] Việc hai  id:A2\r (esc)
- [ ] Việc ba  id:T1 due:2021-12-01\r (esc)
Ghi chú cuối.\r (esc)
= end
