# `open` names several statuses, so it can filter a list but cannot be set: `set` refuses
# it as a usage error instead of silently doing nothing.

> file plan.md
# Kế hoạch
## Mảng
- [x] Việc  id:A1 done:2021-06-01
> end

$ workplan set A1 status:open
! workplan: trạng thái "open" không đặt được cho một nhiệm vụ; dùng todo, doing, done, cancelled, postponed hoặc blocked
? 2
= unchanged plan.md

$ workplan set A1 status:mở --lang en
! workplan: "mở" is not a status a task can have; use todo, doing, done, cancelled, postponed or blocked
? 2
= unchanged plan.md
