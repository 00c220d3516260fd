# `add` needs exactly one of --under and --track, a title, and valid fields; mistakes are
# usage errors (exit 2), an unknown parent id a failure (exit 1). Nothing is written.

> copy small-plan.md plan.md

$ workplan add "Việc mới"
! workplan: cách dùng: workplan add [FILE] --under ID|--track TEXT "tên nhiệm vụ" [key:value…]
? 2

$ workplan add --under KH1 --track "ky hop" "Việc mới" --lang en
! workplan: usage: workplan add [FILE] --under ID|--track TEXT "title" [key:value…]
? 2

$ workplan add --under KH1 lead:TH
! workplan: cách dùng: workplan add [FILE] --under ID|--track TEXT "tên nhiệm vụ" [key:value…]
? 2

$ workplan add --track "giam sat" "Việc mới"
! workplan: không có mảng công tác nào chứa "giam sat"; các mảng: "Chuẩn bị các kỳ họp", "Nhiệm vụ thường xuyên"
? 2

$ workplan add --track "u" "Việc mới" --lang en
! workplan: several tracks contain "u"; be more specific: "Chuẩn bị các kỳ họp", "Nhiệm vụ thường xuyên"
? 2

$ workplan add --under KH1 "Việc mới" lead:XYZ
! workplan: đơn vị "XYZ" chưa được khai báo; các đơn vị: TH, HC, CTDB
? 2

$ workplan add --under KH1 "Việc mới" due:2021-06-31
! workplan: "2021-06-31" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2

$ workplan add --under KH1 "Việc mới" status:maybe
! workplan: trạng thái "maybe" không đặt được cho một nhiệm vụ; dùng todo, doing, done, cancelled, postponed hoặc blocked
? 2

$ workplan add --under KH1 "Việc mới" progress:7/0
! workplan: giá trị "7/0" không hợp lệ cho trường progress
? 2

$ workplan add --under KH1 "   "
! workplan: tên nhiệm vụ không được để trống
? 2

# An id given on the command line must not be in use already.
$ workplan add --under KH1 "Việc mới" id:KH1.1
! workplan: mã "KH1.1" đã được dùng cho một nhiệm vụ khác (dòng 12)
? 2

$ workplan add --under KH9 "Việc mới"
! workplan: không có nhiệm vụ nào mang mã "KH9"
? 1

$ workplan add
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Missing expected argument '<WORDS> ...'
! Help:  <WORDS>  [FILE] TITLE [key:value…]
! Usage: workplan add [--file <FILE>] [--lang <LANG>] [--under <ID>] [--track <TEXT>] <WORDS> ...
!   See 'workplan add --help' for more information.
? 2

= unchanged plan.md
