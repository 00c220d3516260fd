# Values that cannot be written are usage errors (exit 2) that name the value; the file
# is left untouched.

> file plan.md
# Kế hoạch
## Mảng
- [ ] Việc  id:A1 due:2021-07-05
> end

$ workplan set A1 due:2021-02-30
! workplan: "2021-02-30" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2
= unchanged plan.md

$ workplan set A1 start:31/06/2021 --lang en
! workplan: "31/06/2021" is not a real date (write 2021-07-10, 10/07/2021, +7 or +5wd)
? 2
= unchanged plan.md

$ workplan set A1 status:weird
! workplan: trạng thái "weird" không đặt được cho một nhiệm vụ; dùng todo, doing, done, cancelled, postponed hoặc blocked
? 2
= unchanged plan.md

$ workplan set A1 lead
! workplan: "lead" không có dạng key:value
? 2
= unchanged plan.md

# A malformed progress, or a value with a space, is as much a usage error as a bad date.
$ workplan set A1 progress:abc
! workplan: giá trị "abc" không hợp lệ cho trường progress
? 2
= unchanged plan.md

$ workplan set A1 "room:P 2" --lang en
! workplan: "P 2" is not a valid value for the field room
? 2
= unchanged plan.md

$ workplan set A1 "phòng:P2"
! workplan: tên trường "phòng" không hợp lệ (chỉ dùng chữ cái, chữ số, _ và - không dấu)
? 2
= unchanged plan.md

# Only one task per `set`: a second id reads as a field and is refused.
$ workplan set A1 A2
! workplan: "A2" không có dạng key:value
? 2
= unchanged plan.md

# No field at all.
$ workplan set A1
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Missing expected argument '<FIELD> ...'
! Help:  <FIELD>  key:value; key: rỗng để xóa / an empty value removes the field.
! Usage: workplan set [--file <FILE>] [--lang <LANG>] <ID> <FIELD> ...
!   See 'workplan set --help' for more information.
? 2
= unchanged plan.md

# An unknown id fails with exit 1.
$ workplan set A9 status:done
! workplan: không có nhiệm vụ nào mang mã "A9"
? 1
= unchanged plan.md
