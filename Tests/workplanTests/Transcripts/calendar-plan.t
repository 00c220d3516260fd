# The office writes a year's announced days off, days of its own and its deadline rule in the
# plan's days-off section; `workplan calendar` shows them with the office's names, working
# days typed as +Nnlv skip them, and a deadline on a day off counts at the next working day
# in the list, the agenda and the report. `check` reports a line it cannot read at its column.

> file plan.md
# Kế hoạch công tác năm 2022

## Lịch nghỉ
Theo thông báo lịch nghỉ năm 2022 (các ngày dưới đây để minh họa cách ghi).
- 2022-01-31..2022-02-04: Tết Nguyên đán
- 01/09/2022: Quốc khánh
- 2022-01-03: nghỉ bù Tết Dương lịch
- 2022-04-11: nghỉ bù Giỗ Tổ Hùng Vương
- 2022-05-03: nghỉ bù Ngày Chiến thắng
- 2022-05-04: nghỉ bù Ngày Quốc tế Lao động
- 2022-06-03: Ngày truyền thống Văn phòng
- 2022-06-11: làm bù
- Hạn vào ngày nghỉ: ngày làm việc tiếp theo

## Kỳ họp
- [ ] Báo cáo tháng 5  id:A1 due:2022-06-04
- [ ] Chuẩn bị kỳ họp giữa năm  id:A2 due:2022-07-15
> end

$ workplan calendar 2022 --file plan.md
Ngày nghỉ năm 2022 ngoài thứ Bảy và Chủ nhật
01/01/2022  thứ Bảy   Tết Dương lịch
03/01/2022  thứ Hai   nghỉ bù Tết Dương lịch
31/01/2022  thứ Hai   Tết Nguyên đán (29/12/2021 âm lịch)
01/02/2022  thứ Ba    Tết Nguyên đán (1/1/2022 âm lịch)
02/02/2022  thứ Tư    Tết Nguyên đán (2/1/2022 âm lịch)
03/02/2022  thứ Năm   Tết Nguyên đán (3/1/2022 âm lịch)
04/02/2022  thứ Sáu   Tết Nguyên đán (4/1/2022 âm lịch)
10/04/2022  Chủ nhật  Giỗ Tổ Hùng Vương (10/3/2022 âm lịch)
11/04/2022  thứ Hai   nghỉ bù Giỗ Tổ Hùng Vương
30/04/2022  thứ Bảy   Ngày Chiến thắng
01/05/2022  Chủ nhật  Ngày Quốc tế Lao động
03/05/2022  thứ Ba    nghỉ bù Ngày Chiến thắng
04/05/2022  thứ Tư    nghỉ bù Ngày Quốc tế Lao động
03/06/2022  thứ Sáu   Ngày truyền thống Văn phòng
11/06/2022  thứ Bảy   làm bù
01/09/2022  thứ Năm   Quốc khánh
02/09/2022  thứ Sáu   Quốc khánh
12 ngày làm việc được nghỉ; 249 ngày làm việc trong năm.
Theo các ngày ghi trong mục Lịch nghỉ của kế hoạch.
Hạn rơi vào ngày nghỉ được tính đến ngày làm việc tiếp theo (Bộ luật Dân sự, Điều 148).
? 0

# A1 is due on Saturday 04/06/2022: by the office's rule it is due on Monday 06/06.
@ env WORKPLAN_TODAY=2022-06-06
$ workplan list --overdue --file plan.md
Kế hoạch công tác năm 2022

0/2 nhiệm vụ.
? 0

@ env WORKPLAN_TODAY=2022-06-07
$ workplan list --overdue --file plan.md
Kế hoạch công tác năm 2022

## Kỳ họp
[ ] A1  Báo cáo tháng 5  (hạn 04/06/2022; QUÁ HẠN)

1/2 nhiệm vụ.
? 0

$ workplan agenda --file plan.md
Việc cần đôn đốc ngày 07/06/2022: 1 quá hạn, 0 sắp đến hạn (trong 3 ngày làm việc tới).

(Không có đơn vị chủ trì): 1 quá hạn, 0 sắp đến hạn
- Quá hạn 1 ngày, 1 ngày làm việc: A1 Báo cáo tháng 5 (hạn 04/06/2022, tính đến 06/06/2022)
? 0

$ workplan report --file plan.md --period month
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch công tác năm 2022
Kỳ báo cáo: tháng 6/2022 (từ ngày 01/06/2022 đến ngày 30/06/2022)
Tính đến ngày 07/06/2022

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 0, chưa thực hiện 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

Tổng cộng trong kỳ
   Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 0, chưa thực hiện 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG THÁNG 7/2022

1. Kỳ họp
   - A1 Báo cáo tháng 5 (hạn 04/06/2022, tính đến 06/06/2022; chưa thực hiện; quá hạn 1 ngày, 1 ngày làm việc)
? 0

# Three working days from Wednesday 01/06/2022: Thursday, then (the office's day off on
# Friday 03/06 and the weekend left out) Monday and Tuesday.
@ env WORKPLAN_TODAY=2022-06-01
$ workplan set A2 due:+3nlv --file plan.md
plan.md:17
- - [ ] Chuẩn bị kỳ họp giữa năm  id:A2 due:2022-07-15
+ - [ ] Chuẩn bị kỳ họp giữa năm  id:A2 due:2022-06-07
? 0

> file bad.md
# Kế hoạch năm 2022

## Ngày nghỉ
- 2022-02-04..2022-01-31: Tết Nguyên đán
- 2022-06-08: làm bù
- Hạn vào ngày nghỉ: lùi một ngày
> end

$ workplan check bad.md
bad.md:4:3: ngày cuối 31/01/2022 trước ngày đầu 04/02/2022
bad.md:5:3: ngày làm bù 08/06/2022 là thứ Tư, vốn là ngày làm việc
bad.md:6:22: không hiểu “lùi một ngày”: viết “ngày làm việc tiếp theo” hoặc “giữ nguyên”
? 1
