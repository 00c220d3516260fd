# `check` reports every kind of problem as FILE:LINE:COLUMN: message (columns count
# characters, not bytes), on standard output, and exits with 1.

> file plan.md
# Kế hoạch có vấn đề

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính
- [ ] Nhầm chỗ  id:U1

## Mảng 1
- [ ] Ngày sai  id:A1 lead:TH due:2021-02-30
- [ ] Tiến độ sai  id:A2 progress:12/0
- [ ] Mã trùng  id:A1
- [ ] Đơn vị lạ  id:A3 lead:XYZ with:HC,ABC
- [?] Trạng thái lạ  id:A4
- [ ] Latin-1 caf\xe9  id:A5 (esc)
- [ ] NUL\0 ở đây  id:A6 (esc)
> end

$ workplan check
plan.md:6:1: nhiệm vụ nằm trong mục Đơn vị hoặc Người theo dõi sẽ không được tính
plan.md:9:31: ngày không hợp lệ "2021-02-30" ở trường due (cần dạng NNNN-TT-NN có thật)
plan.md:10:26: tiến độ không hợp lệ "12/0" (cần dạng a/b hoặc N%)
plan.md:11:17: mã "A1" bị trùng, đã dùng ở dòng 9
plan.md:12:29: đơn vị "XYZ" chưa được khai báo trong mục Đơn vị
plan.md:12:41: đơn vị "ABC" chưa được khai báo trong mục Đơn vị
plan.md:13:4: trạng thái "[?]" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])
plan.md:14:18: byte không hợp lệ theo UTF-8; tệp sẽ không được ghi lại
plan.md:15:10: ký tự NUL trong tệp
? 1

# Other commands still read the file, and warn once on standard error.
$ workplan list --search "ngay sai"
Kế hoạch có vấn đề

## Mảng 1
[ ] A1  Ngày sai  (TH; due:2021-02-30)

1/7 nhiệm vụ.
! workplan: plan.md có 9 vấn đề; xem bằng: workplan check plan.md
? 0

# A file with invalid UTF-8 is never written back: the edit is refused, the file untouched.
$ workplan done A2
! workplan: plan.md có 9 vấn đề; xem bằng: workplan check plan.md
! workplan: tệp plan.md có byte không hợp lệ theo UTF-8 nên Workplan không ghi lại; hãy sửa tệp (xem workplan check) rồi thử lại
? 1
= unchanged plan.md

# Once the bad bytes are fixed, the rest can be mended through the command line.
> file plan.md
# Kế hoạch có vấn đề

## Mảng 1
- [ ] Ngày sai  id:A1 due:2021-02-30
- [ ] Tiến độ sai  id:A2 progress:abc
> end

$ workplan check
plan.md:4:23: ngày không hợp lệ "2021-02-30" ở trường due (cần dạng NNNN-TT-NN có thật)
plan.md:5:26: tiến độ không hợp lệ "abc" (cần dạng a/b hoặc N%)
? 1

$ workplan set A1 due:2021-02-28
plan.md:4
- - [ ] Ngày sai  id:A1 due:2021-02-30
+ - [ ] Ngày sai  id:A1 due:2021-02-28
! workplan: plan.md có 2 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set A2 progress:
plan.md:5
- - [ ] Tiến độ sai  id:A2 progress:abc
+ - [ ] Tiến độ sai  id:A2
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan check
plan.md: không có vấn đề nào (2 nhiệm vụ).
? 0
