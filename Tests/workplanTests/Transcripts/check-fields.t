# One reader of a task's fields: a key written twice counts at its first valid value, in the
# tree, the report, the listing, the filters and the sort alike, and `check` reports the repeat;
# then the checks between fields: a start after the due date, a done date on an open task or
# after today, a progress above its whole.
> file hai-lan.md
# Kế hoạch
## Việc
- [ ] Hai hạn  id:A due:2021-13-01 due:2021-07-10
- [ ] Hai người  id:B owner:an owner:binh tag:a tag:b with:X with:Y
- [ ] Ngược ngày  id:C start:2021-08-01 due:2021-07-10
- [/] Ghi xong mà chưa xong  id:D done:2021-07-01
- [x] Xong trước hôm nay  id:E done:2021-12-01
- [/] Quá tổng  id:F progress:6/5
> end
$ workplan check hai-lan.md
hai-lan.md:3:21: ngày không hợp lệ "2021-13-01" ở trường due (cần dạng NNNN-TT-NN có thật)
hai-lan.md:3:36: trường due: được ghi lần nữa (lần đầu ở cột 21); chỉ giá trị hợp lệ đầu tiên được dùng
hai-lan.md:4:32: trường owner: được ghi lần nữa (lần đầu ở cột 23); chỉ giá trị hợp lệ đầu tiên được dùng
hai-lan.md:5:24: ngày bắt đầu 01/08/2021 sau hạn hoàn thành 10/07/2021
hai-lan.md:6:35: có ngày hoàn thành (done:) nhưng nhiệm vụ đang ở trạng thái đang thực hiện
hai-lan.md:7:32: ngày hoàn thành 01/12/2021 còn sau hôm nay (29/10/2021)
hai-lan.md:8:22: tiến độ 6/5: số đã làm lớn hơn tổng số
? 1

# The filter, the overdue mark and the listing read the same due date: the first valid one.
$ workplan list --file hai-lan.md --overdue
Kế hoạch

## Việc
[ ] A  Hai hạn  (hạn 10/07/2021; QUÁ HẠN; due:2021-13-01)
[ ] C  Ngược ngày  (bắt đầu 01/08/2021; hạn 10/07/2021; QUÁ HẠN)

2/6 nhiệm vụ.
! workplan: hai-lan.md có 7 vấn đề; xem bằng: workplan check hai-lan.md
? 0
