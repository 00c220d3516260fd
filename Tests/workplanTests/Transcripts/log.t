# `workplan log` adds one dated entry under a task, as one new line after its note and entries
# and before its subtasks, and says what the task's entries add up to that year. A part that
# starts with a number is a count with its own words; an entry without one is a progress note.
# A count that cannot be read, a day not yet come and an empty text are refused, the file left
# as it was. `check` reports an entry written by hand that it cannot read; the report sums the
# entries of its span in the office's words.

> file plan.md
# Kế hoạch thử năm 2021

## Nhiệm vụ thường xuyên
- [/] Tiếp công dân định kỳ  id:TX1 due:2021-12-31 share:vụ_việc_đã_giải_quyết/vụ_việc
  Tiếp công dân ngày 15 hằng tháng.
  - 2021-01-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc, 2 vụ việc đã giải quyết
  - [ ] Chuẩn bị phòng tiếp dân  id:TX1.1 due:2021-12-31
- [ ] Tổng hợp ý kiến cử tri  id:TX2 due:2021-12-31
> end

$ workplan log TX1 --date 15/03/2021 "1 buổi tiếp công dân, 6 lượt công dân, 4 vụ việc, 3 vụ việc đã giải quyết"
plan.md:7
+   - 2021-03-15: 1 buổi tiếp công dân, 6 lượt công dân, 4 vụ việc, 3 vụ việc đã giải quyết
Cộng dồn năm 2021 (2 lần ghi): 2 buổi tiếp công dân, 11 lượt công dân, 7 vụ việc, 5 vụ việc đã giải quyết (đạt 71,4%)
? 0

$ workplan log TX1 Đã chuyển 2 vụ việc sang Ban Pháp chế
plan.md:8
+   - 2021-10-29: Đã chuyển 2 vụ việc sang Ban Pháp chế
Cộng dồn năm 2021 (2 lần ghi): 2 buổi tiếp công dân, 11 lượt công dân, 7 vụ việc, 5 vụ việc đã giải quyết (đạt 71,4%)
? 0

$ workplan log TX2 "9 tổ đại biểu đã gửi báo cáo; 1.250 ý kiến kiến nghị của cử tri"
plan.md:11
+   - 2021-10-29: 9 tổ đại biểu đã gửi báo cáo; 1.250 ý kiến kiến nghị của cử tri
Cộng dồn năm 2021 (1 lần ghi): 9 tổ đại biểu đã gửi báo cáo, 1.250 ý kiến kiến nghị của cử tri
? 0

= file plan.md
# Kế hoạch thử năm 2021

## Nhiệm vụ thường xuyên
- [/] Tiếp công dân định kỳ  id:TX1 due:2021-12-31 share:vụ_việc_đã_giải_quyết/vụ_việc
  Tiếp công dân ngày 15 hằng tháng.
  - 2021-01-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc, 2 vụ việc đã giải quyết
  - 2021-03-15: 1 buổi tiếp công dân, 6 lượt công dân, 4 vụ việc, 3 vụ việc đã giải quyết
  - 2021-10-29: Đã chuyển 2 vụ việc sang Ban Pháp chế
  - [ ] Chuẩn bị phòng tiếp dân  id:TX1.1 due:2021-12-31
- [ ] Tổng hợp ý kiến cử tri  id:TX2 due:2021-12-31
  - 2021-10-29: 9 tổ đại biểu đã gửi báo cáo; 1.250 ý kiến kiến nghị của cử tri
= end

$ workplan log TX1 "giải ngân 1,5 tỷ đồng, 1,5 tỷ đồng"
! workplan: không đọc được số liệu "1,5 tỷ đồng" của mục ghi: cần một số nguyên (1234 hoặc 1.234) rồi đến cái được đếm, ví dụ "5 lượt công dân"
? 2

$ workplan log TX1 --date 2021-11-02 "1 buổi tiếp công dân"
! workplan: ngày 02/11/2021 chưa đến: mục ghi ghi lại việc đã làm
? 2

$ workplan log TX9 "1 buổi"
! workplan: không có nhiệm vụ nào mang mã "TX9"
? 1

$ workplan log TX1 " "
! workplan: mục ghi không được để trống
? 2

$ workplan report --period quarter --as-of 2021-03-31
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử năm 2021
Kỳ báo cáo: quý I/2021 (từ ngày 01/01/2021 đến ngày 31/03/2021)
Tính đến ngày 31/03/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

   Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ. Các nhiệm vụ của kế hoạch có hạn từ 31/12/2021 đến 31/12/2021.

1. Nhiệm vụ thường xuyên
   - TX1 Tiếp công dân định kỳ: 2 buổi tiếp công dân, 11 lượt công dân, 7 vụ việc, 5 vụ việc đã giải quyết (đạt 71,4%)

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG QUÝ II/2021

   Không còn nhiệm vụ nào chưa hoàn thành.
? 0

$ workplan list --search "ban phap che"
Kế hoạch thử năm 2021

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp công dân định kỳ  (hạn 31/12/2021; share:vụ_việc_đã_giải_quyết/vụ_việc)

1/3 nhiệm vụ.
? 0

> file hand.md
## Việc
- [ ] Tiếp dân  id:A
  - 2021-02-30: 1 buổi tiếp công dân
  - 2021-03-15: 1 buổi tiếp công dân, 5
> end

$ workplan check hand.md
hand.md:3:5: ngày "2021-02-30" của mục ghi không hợp lệ (viết 2021-03-15 hoặc 15/03/2021)
hand.md:4:39: không đọc được số liệu "5" của mục ghi: cần một số nguyên (1234 hoặc 1.234) rồi đến cái được đếm, ví dụ "5 lượt công dân"
? 1

$ workplan log --file hand.md --lang en A 2 buổi tiếp công dân
hand.md:5
+   - 2021-10-29: 2 buổi tiếp công dân
Total for 2021 (1 entry): 2 buổi tiếp công dân
! workplan: hand.md has 2 problems; see them with: workplan check hand.md
? 0
