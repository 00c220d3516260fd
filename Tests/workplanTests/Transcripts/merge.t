# merge: the three-way merge git's driver runs, and an officer runs by hand. A clean merge goes
# to standard output with what it decided on standard error; conflicts are written around the
# one line they concern, exit 1, and check finds each marker; a file that cannot be read is
# exit 2 and writes nothing.

> file base.md
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-10
  - 2021-03-01: Đã họp lần 1
- [ ] In phiếu bầu  id:BC2
> end

> file ours.md
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [x] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-10 done:2021-07-01
  - 2021-03-01: Đã họp lần 1
  - 2021-04-01: Họp lần 2
- [ ] In phiếu bầu  id:BC2 due:2021-05-01
- [ ] Việc của chị Mai  id:T1
> end

> file theirs.md
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-20
  - 2021-03-01: Đã họp lần 1
  - 2021-03-15: Họp lần 1b
- [ ] In phiếu bầu  id:BC2 due:2021-05-15
- [ ] Việc của anh Nam  id:T1
> end

$ workplan merge base.md ours.md theirs.md --ours-label HEAD --theirs-label origin/main -o plan.md
! plan.md:8: xung đột ở BC2: hai bên sửa khác nhau trường due
! plan.md:14: hai bên cùng tạo mã T1: một nhiệm vụ đổi thành T2
? 1

= file plan.md
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [x] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-20 done:2021-07-01
  - 2021-03-01: Đã họp lần 1
  - 2021-03-15: Họp lần 1b
  - 2021-04-01: Họp lần 2
<<<<<<< HEAD
- [ ] In phiếu bầu  id:BC2 due:2021-05-01
=======
- [ ] In phiếu bầu  id:BC2 due:2021-05-15
>>>>>>> origin/main
- [ ] Việc của anh Nam  id:T1
- [ ] Việc của chị Mai  id:T2
= end

$ workplan check plan.md
plan.md:8:1: dấu xung đột của git: giữ một trong hai bản (trong giao diện, hoặc sửa tệp) rồi xóa các dấu
plan.md:10:1: dấu xung đột của git: giữ một trong hai bản (trong giao diện, hoặc sửa tệp) rồi xóa các dấu
plan.md:11:21: mã "BC2" bị trùng, đã dùng ở dòng 9
plan.md:12:1: dấu xung đột của git: giữ một trong hai bản (trong giao diện, hoặc sửa tệp) rồi xóa các dấu
? 1

$ workplan merge base.md ours.md base.md
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [x] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-10 done:2021-07-01
  - 2021-03-01: Đã họp lần 1
  - 2021-04-01: Họp lần 2
- [ ] In phiếu bầu  id:BC2 due:2021-05-01
- [ ] Việc của chị Mai  id:T1
? 0

$ workplan merge base.md ours.md theirs.md --lang en
# Kế hoạch 2021

## Chuẩn bị kỳ họp
- [x] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-20 done:2021-07-01
  - 2021-03-01: Đã họp lần 1
  - 2021-03-15: Họp lần 1b
  - 2021-04-01: Họp lần 2
<<<<<<< ours.md
- [ ] In phiếu bầu  id:BC2 due:2021-05-01
=======
- [ ] In phiếu bầu  id:BC2 due:2021-05-15
>>>>>>> theirs.md
- [ ] Việc của anh Nam  id:T1
- [ ] Việc của chị Mai  id:T2
! line 8: conflict in BC2: both sides changed the field due differently
! line 14: both sides made T1: one of the two tasks is now T2
? 1

$ workplan merge base.md thieu.md theirs.md -o out.md
! workplan: không tìm thấy tệp "thieu.md" hoặc thư mục chứa nó
? 2

= absent out.md
