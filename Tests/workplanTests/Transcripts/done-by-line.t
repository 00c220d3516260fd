# A task written by hand without an id is named by its line, @N, as `check` counts lines.
# Editing it gives it an id (the parent's id and the next free number), and nothing else moves.

> file plan.md
# Kế hoạch

## Mảng
- [ ] Chuẩn bị hội nghị  id:HN1
  - [ ] Gửi giấy mời
  - [ ] Chuẩn bị tài liệu  id:HN1.1
> end

$ workplan done @5
plan.md:5
-   - [ ] Gửi giấy mời
+   - [x] Gửi giấy mời  id:HN1.2 done:2021-10-29
? 0

$ workplan set @4 due:2021-11-05
plan.md:4
- - [ ] Chuẩn bị hội nghị  id:HN1
+ - [ ] Chuẩn bị hội nghị  id:HN1 due:2021-11-05
? 0

# A line without a task is not a task.
$ workplan done @3
! workplan: không có nhiệm vụ nào mang mã "@3"
? 1

= file plan.md
# Kế hoạch

## Mảng
- [ ] Chuẩn bị hội nghị  id:HN1 due:2021-11-05
  - [x] Gửi giấy mời  id:HN1.2 done:2021-10-29
  - [ ] Chuẩn bị tài liệu  id:HN1.1
= end
