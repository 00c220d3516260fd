# Ids are stable and unique. A task that Workplan edits always has an id; ids are never
# renumbered, and an edit never makes two tasks share one.

> file plan.md
# Kế hoạch
## Mảng
- [ ] Việc cha  id:KH1
  - [ ] Việc con một  id:KH1.1
  - [ ] Việc con hai  id:KH1.2
> end

# Changing an id to a free one is allowed.
$ workplan set KH1.2 id:KH1.5
plan.md:5
-   - [ ] Việc con hai  id:KH1.2
+   - [ ] Việc con hai  id:KH1.5
? 0

# An id already in use is refused: the plan would have a duplicate id.
$ workplan set KH1.5 id:KH1.1
! workplan: mã "KH1.1" đã được dùng cho một nhiệm vụ khác (dòng 4)
? 2

# Removing the id is refused: an edited task keeps its id.
$ workplan set KH1.5 id:
! workplan: không thể xóa mã của nhiệm vụ KH1.5
? 2

= file plan.md
# Kế hoạch
## Mảng
- [ ] Việc cha  id:KH1
  - [ ] Việc con một  id:KH1.1
  - [ ] Việc con hai  id:KH1.5
= end

$ workplan check
plan.md: không có vấn đề nào (3 nhiệm vụ).
? 0
