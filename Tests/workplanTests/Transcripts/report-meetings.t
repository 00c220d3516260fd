# Section II lists the meetings held in the report's span (minutes in `plan.meetings/`
# beside the plan, in either language), each with the decisions it took on tasks. A file
# there that is not minutes is passed over.

> file plan.md
# Kế hoạch họp

## Kỳ họp
- [/] Họp tháng 9  id:A4 lead:TH due:2021-09-15

## Đơn thư
- [/] Xử lý đơn thư năm 2021  id:B1 lead:TTDN due:2021-12-31 received:40 eligible:36 handled:30 unit:đơn
> end

> file plan.meetings/2021-07-05-hop-giao-ban-thang-7-2021.md
# Họp giao ban tháng 7/2021

- Ngày họp: 05/07/2021
- Bắt đầu: 08:00
- Chủ trì: Đ/c Chánh Văn phòng
- Chương trình: A4, B1

## 1. A4 — Họp tháng 9
- Trạng thái: chưa thực hiện → đang thực hiện
- Kết luận, chỉ đạo: Phòng Tổng hợp chuẩn bị tài liệu trước ngày 10/9.
- Phụ trách: Phòng Tổng hợp
- Theo dõi tiếp: có

## 2. B1 — Xử lý đơn thư năm 2021
- Trạng thái: đang thực hiện
- Kết quả: Đã xử lý 30/36 đơn.
- Theo dõi tiếp: không

- Kết thúc: 09:15
> end

> file plan.meetings/2021-10-05-monthly-briefing.md
# Monthly briefing, October 2021

- Date: 2021-10-05
- Started: 14:00
- Agenda: B1

## 1. B1 — Xử lý đơn thư năm 2021
- Status: in progress
- Decision: Finish the remaining 6 petitions.
  Report by 15/10.
- Responsible: TTDN
- Follow-up: yes
> end

> file plan.meetings/notes.md
# Ghi chú của thư ký
> end

# The third quarter: the July meeting only.
$ workplan report --period quarter --as-of 2021-09-30
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch họp
Kỳ báo cáo: quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)
Tính đến ngày 30/09/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

2. Đơn thư
   Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ.

Tổng cộng trong kỳ
   Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

Theo đơn vị chủ trì
   - TH: 1 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

1. Họp giao ban tháng 7/2021 (ngày 05/07/2021)
   - A4 Họp tháng 9
     Kết luận, chỉ đạo: Phòng Tổng hợp chuẩn bị tài liệu trước ngày 10/9.
     Phụ trách: Phòng Tổng hợp

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG QUÝ IV/2021

1. Kỳ họp
   - A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 15 ngày, 11 ngày làm việc)
? 0

# October, in Markdown: a decision over two lines.
$ workplan report --period month --format markdown
# Báo cáo tình hình thực hiện kế hoạch

**Kế hoạch họp**

Kỳ báo cáo: tháng 10/2021 (từ ngày 01/10/2021 đến ngày 31/10/2021)

Tính đến ngày 29/10/2021

## I. Kết quả thực hiện nhiệm vụ

Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ. Các nhiệm vụ của kế hoạch có hạn từ 15/09/2021 đến 31/12/2021.

## II. Kết luận, chỉ đạo tại các cuộc họp

### 1. Monthly briefing, October 2021 (ngày 05/10/2021)

- B1 Xử lý đơn thư năm 2021
  - Kết luận, chỉ đạo: Finish the remaining 6 petitions.
    Report by 15/10.
  - Phụ trách: TTDN

## III. Nhiệm vụ chưa hoàn thành, chuyển sang tháng 11/2021

**1. Kỳ họp**

- A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 44 ngày, 32 ngày làm việc)
? 0

# August: no meeting.
$ workplan report --period month --as-of 2021-08-15
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch họp
Kỳ báo cáo: tháng 8/2021 (từ ngày 01/08/2021 đến ngày 31/08/2021)
Tính đến ngày 15/08/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

   Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ. Các nhiệm vụ của kế hoạch có hạn từ 15/09/2021 đến 31/12/2021.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG THÁNG 9/2021

   Không còn nhiệm vụ nào chưa hoàn thành.
? 0

# The year, for a spreadsheet: a row per meeting and per decision.
$ workplan report --period year --format csv
\\xef\xbb\xbfPhần,Mảng,Mã,Tên,Tổng số,Hoàn thành,Đang thực hiện,Quá hạn,Chưa thực hiện,Tạm hoãn,Vướng mắc,Hủy bỏ,Trạng thái không rõ,Hoàn thành sau ngày báo cáo,Tỷ lệ (%),Hoàn thành đúng hạn,Hoàn thành quá hạn,Chưa đến hạn,Không có hạn,Tỷ lệ hoàn thành nhiệm vụ đến hạn (%),Tỷ lệ đúng hạn (%),Tiến độ,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Chủ trì,Hạn,Trạng thái,Cấp,Số ngày quá hạn,Số ngày làm việc quá hạn,Ngày,Cuộc họp,Kết luận,Phụ trách,Số lần ghi,Số,Trên tổng,Được gia hạn,Gia hạn từ,Gia hạn đến\r (esc)
track,Kỳ họp,,,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,0,,\r (esc)
track,Đơn thư,,,1,0,1,0,0,0,0,0,0,0,0,0,0,1,0,,,,,,,,,,,,,,,,,,,,,0,,\r (esc)
total,,,,2,0,2,1,0,0,0,0,0,0,0,0,0,1,0,0,0,,,,,,,,,,,,,,,,,,,0,,\r (esc)
unit,,TH,,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,,,,,,,,0,,\r (esc)
unit,,TTDN,,1,0,1,0,0,0,0,0,0,0,0,0,0,1,0,,,,,,,,,,,,,,,,,,,,,0,,\r (esc)
result,Đơn thư,B1,Xử lý đơn thư năm 2021,,,,,,,,,,,83.3,,,,,,,,40,36,30,đơn,,,,,,,,,,,,,,,,\r (esc)
meeting,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-07-05,Họp giao ban tháng 7/2021,,,,,,,,\r (esc)
decision,,A4,Họp tháng 9,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-07-05,Họp giao ban tháng 7/2021,Phòng Tổng hợp chuẩn bị tài liệu trước ngày 10/9.,Phòng Tổng hợp,,,,,,\r (esc)
meeting,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-10-05,"Monthly briefing, October 2021",,,,,,,,\r (esc)
decision,,B1,Xử lý đơn thư năm 2021,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-10-05,"Monthly briefing, October 2021","Finish the remaining 6 petitions.
Report by 15/10.",TTDN,,,,,,\r (esc)
open,Kỳ họp,A4,Họp tháng 9,,,,1,,,,,,,,,,,,,,,,,,,TH,2021-09-15,in-progress,0,44,32,,,,,,,,,,\r (esc)
open,Đơn thư,B1,Xử lý đơn thư năm 2021,,,,0,,,,,,,,,,,,,,,,,,,TTDN,2021-12-31,in-progress,0,,,,,,,,,,,,\r (esc)
? 0

