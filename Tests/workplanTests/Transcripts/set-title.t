# "title:…" (quoted, so that it may hold spaces) sets the title, stored in NFC; a last word
# that would read as a field is written with \: and still shows as ":".

> file plan.md
# Kế hoạch
## Mảng
- [ ] Tên cũ  id:A1 due:2021-12-01
> end

$ workplan set A1 "title:Chuẩn bị hội trường, tài liệu kỳ họp"
plan.md:3
- - [ ] Tên cũ  id:A1 due:2021-12-01
+ - [ ] Chuẩn bị hội trường, tài liệu kỳ họp  id:A1 due:2021-12-01
? 0

$ workplan set A1 "title:Đọc tài liệu ref:A1" status:doing
plan.md:3
- - [ ] Chuẩn bị hội trường, tài liệu kỳ họp  id:A1 due:2021-12-01
+ - [/] Đọc tài liệu ref\:A1  id:A1 due:2021-12-01
? 0

$ workplan list
Kế hoạch

## Mảng
[/] A1  Đọc tài liệu ref:A1  (hạn 01/12/2021)

1/1 nhiệm vụ.
? 0

# A title typed in NFD is written in NFC; colons inside the title stay as they are.
$ workplan set A1 "title:Ho\u{0323}p giao ban: tha\u{0301}ng 3" (esc)
plan.md:3
- - [/] Đọc tài liệu ref\:A1  id:A1 due:2021-12-01
+ - [/] Họp giao ban: tháng 3  id:A1 due:2021-12-01
? 0

= file plan.md
# Kế hoạch
## Mảng
- [/] Họp giao ban: tháng 3  id:A1 due:2021-12-01
= end

# An empty title is refused and nothing is written.
$ workplan set A1 "title:  "
! workplan: tên nhiệm vụ không được để trống
? 2
= file plan.md
# Kế hoạch
## Mảng
- [/] Họp giao ban: tháng 3  id:A1 due:2021-12-01
= end
