# `add FILE …` adds to the file named first (then the title and fields); ./plan.md is
# not touched.

> copy small-plan.md plan.md
> file khac.md
# Tệp khác
## Mảng
- [ ] Việc  id:A1
> end

$ workplan add khac.md --under A1 "Việc con trong tệp khác" due:2021-11-30
khac.md:4
+   - [ ] Việc con trong tệp khác  id:A1.1 due:2021-11-30
? 0

$ workplan add --file khac.md --track mang "Việc mới"
khac.md:5
+ - [ ] Việc mới  id:T1
? 0

= file khac.md
# Tệp khác
## Mảng
- [ ] Việc  id:A1
  - [ ] Việc con trong tệp khác  id:A1.1 due:2021-11-30
- [ ] Việc mới  id:T1
= end
= unchanged plan.md

$ workplan add thieu.md --track mang "Việc"
! workplan: không tìm thấy tệp "thieu.md" hoặc thư mục chứa nó; tạo kế hoạch trống bằng: workplan init --empty thieu.md
? 1
= absent thieu.md
