# `key:` with nothing after the colon removes the field; the other fields keep their order.

> file plan.md
# Kế hoạch
## Mảng
- [/] Tổng hợp ý kiến cử tri  id:TX2 lead:CTDB due:2021-07-10 room:P2 progress:9/10
> end

$ workplan set TX2 due:
plan.md:3
- - [/] Tổng hợp ý kiến cử tri  id:TX2 lead:CTDB due:2021-07-10 room:P2 progress:9/10
+ - [/] Tổng hợp ý kiến cử tri  id:TX2 lead:CTDB room:P2 progress:9/10
? 0

$ workplan set TX2 room: progress: lead:
plan.md:3
- - [/] Tổng hợp ý kiến cử tri  id:TX2 lead:CTDB room:P2 progress:9/10
+ - [/] Tổng hợp ý kiến cử tri  id:TX2
? 0

# Removing a field the task does not have changes nothing.
$ workplan set TX2 with:
plan.md:3: không có gì thay đổi
? 0

= file plan.md
# Kế hoạch
## Mảng
- [/] Tổng hợp ý kiến cử tri  id:TX2
= end
