# `--period` limits the report: tasks due in the period or done in it (by `done:`),
# counted as they stood on its last day (or the as-of day, when that is earlier); the
# meetings held in it; the open tasks due by its end, carried into the next period.
# month, quarter and year are those that contain the as-of day (default today, 29/10/2021).

> file plan.md
# Kế hoạch quý

## Đơn vị
- TH: Phòng Tổng hợp
- TTDN: Phòng Thông tin - Dân nguyện

## Kỳ họp
- [x] Họp tháng 6  id:A1 lead:TH due:2021-06-30 done:2021-06-28
- [x] Họp tháng 8, xong sớm  id:A2 lead:TH due:2021-08-10 done:2021-07-20
- [x] Họp tháng 8, xong muộn  id:A3 lead:TH due:2021-08-31 done:2021-10-05
- [/] Họp tháng 9  id:A4 lead:TH due:2021-09-15
  - [ ] Chuẩn bị tài liệu  id:A4.1 lead:TH due:2021-09-10
- [ ] Họp tháng 12  id:A5 lead:TH due:2021-12-10
- [-] Họp bất thường  id:A6 lead:TH due:2021-07-15

## Đơn thư
- [/] Xử lý đơn thư năm 2021  id:B1 lead:TTDN due:2021-12-31 progress:30/36 received:40 eligible:36 handled:30 unit:đơn
- [x] Đơn thư quý III  id:B2 lead:TTDN due:2021-09-30 done:2021-09-30 received:12 handled:12 unit:lá_đơn
- [>] Rà soát quy chế  id:B3 lead:TH due:2021-08-15
- [ ] Việc không có hạn  id:B4 lead:TH
> end

# The third quarter, asked for on 29/10: counted on 30/09, so A3 (done on 05/10) was not
# yet done then and was overdue. A1 (June) and A5, B1 (due after September) are not counted;
# B4 has no due day, so it counts only in the period it is done in, but it is carried.
$ workplan report --period 2021-07-01..2021-09-30
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch quý
Kỳ báo cáo: từ ngày 01/07/2021 đến ngày 30/09/2021
Tính đến ngày 30/09/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 5 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 25% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 25% (1/4), đúng hạn 25%.

2. Đơn thư
   Tổng số 2 nhiệm vụ: hoàn thành 1, đang thực hiện 0, tạm hoãn 1; hoàn thành 50% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.
   - B2 Đơn thư quý III: tiếp nhận 12 lá đơn, đã xử lý 12 lá đơn (đạt 100%)

Tổng cộng trong kỳ
   Tổng số 7 nhiệm vụ: hoàn thành 2, đang thực hiện 1, chưa thực hiện 1, tạm hoãn 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 40% (2/5), đúng hạn 40%.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 6 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 25% (1/4), đúng hạn 25%.
   - TTDN Phòng Thông tin - Dân nguyện: 1 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG KỲ SAU

1. Kỳ họp
   - A3 Họp tháng 8, xong muộn (chủ trì TH; hạn 31/08/2021; hoàn thành ngày 05/10/2021; quá hạn 30 ngày, 20 ngày làm việc)
   - A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 15 ngày, 11 ngày làm việc)
     - A4.1 Chuẩn bị tài liệu (chủ trì TH; hạn 10/09/2021; chưa thực hiện; quá hạn 20 ngày, 14 ngày làm việc)

2. Đơn thư
   - B3 Rà soát quy chế (chủ trì TH; hạn 15/08/2021; tạm hoãn)
   - B4 Việc không có hạn (chủ trì TH; chưa thực hiện)
? 0

# The same quarter chosen by word, as of 15/08: counted on that day.
$ workplan report --period quarter --as-of 15/08/2021
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch quý
Kỳ báo cáo: quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)
Tính đến ngày 15/08/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 5 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 25% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 3, quá hạn 0 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

2. Đơn thư
   Tổng số 2 nhiệm vụ: hoàn thành 0, đang thực hiện 0, tạm hoãn 1, hoàn thành sau đó 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0 (không xét hạn: tạm hoãn 1); chưa có nhiệm vụ nào đến hạn.
   - B2 Đơn thư quý III: tiếp nhận 12 lá đơn, đã xử lý 12 lá đơn (đạt 100%)

Tổng cộng trong kỳ
   Tổng số 7 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1, tạm hoãn 1, hủy bỏ 1, hoàn thành sau đó 2; hoàn thành 16,7% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 4, quá hạn 0 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 6 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 3, quá hạn 0 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.
   - TTDN Phòng Thông tin - Dân nguyện: 1 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0; chưa có nhiệm vụ nào đến hạn.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG QUÝ IV/2021

1. Kỳ họp
   - A3 Họp tháng 8, xong muộn (chủ trì TH; hạn 31/08/2021; hoàn thành ngày 05/10/2021)
   - A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện)
     - A4.1 Chuẩn bị tài liệu (chủ trì TH; hạn 10/09/2021; chưa thực hiện)

2. Đơn thư
   - B2 Đơn thư quý III (chủ trì TTDN; hạn 30/09/2021; hoàn thành ngày 30/09/2021)
   - B3 Rà soát quy chế (chủ trì TH; hạn 15/08/2021; tạm hoãn)
   - B4 Việc không có hạn (chủ trì TH; chưa thực hiện)
? 0

# A month, in English.
$ workplan report --period month --as-of 2021-09-20 --lang en
PLAN PROGRESS REPORT
Kế hoạch quý
Period: September 2021 (2021-09-01 to 2021-09-30)
As of 2021-09-20

I. TASKS AND RESULTS

1. Kỳ họp
   2 tasks: done 0, in progress 1, not started 1; 0% of all done.
   By deadline: done on time 0, done late 0, not yet due 0, overdue 2; 0% of the tasks come due done (0 of 2), 0% on time.

2. Đơn thư
   1 task: done 0, in progress 0, done later 1; 0% of all done.
   By deadline: done on time 0, done late 0, not yet due 1, overdue 0; no task has come due yet.
   - B2 Đơn thư quý III: received 12 lá đơn, handled 12 lá đơn (100%)

Total for the period
   3 tasks: done 0, in progress 1, not started 1, done later 1; 0% of all done.
   By deadline: done on time 0, done late 0, not yet due 1, overdue 2; 0% of the tasks come due done (0 of 2), 0% on time.

By lead unit
   - TH Phòng Tổng hợp: 2 tasks; done on time 0, done late 0, not yet due 0, overdue 2; 0% of the tasks come due done (0 of 2), 0% on time.
   - TTDN Phòng Thông tin - Dân nguyện: 1 task; done on time 0, done late 0, not yet due 1, overdue 0; no task has come due yet.

II. DECISIONS OF THE MEETINGS

   No meetings were held in the period.

III. OPEN TASKS CARRIED INTO OCTOBER 2021

1. Kỳ họp
   - A3 Họp tháng 8, xong muộn (lead TH; due 2021-08-31; done on 2021-10-05; overdue 20 days, 12 working days)
   - A4 Họp tháng 9 (lead TH; due 2021-09-15; in progress; overdue 5 days, 3 working days)
     - A4.1 Chuẩn bị tài liệu (lead TH; due 2021-09-10; not started; overdue 10 days, 6 working days)

2. Đơn thư
   - B2 Đơn thư quý III (lead TTDN; due 2021-09-30; done on 2021-09-30)
   - B3 Rà soát quy chế (lead TH; due 2021-08-15; postponed)
   - B4 Việc không có hạn (lead TH; not started)
? 0

# The year so far: the year-end report, carried into 2022.
$ workplan report --period year
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch quý
Kỳ báo cáo: năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)
Tính đến ngày 29/10/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 7 nhiệm vụ: hoàn thành 3, đang thực hiện 1, chưa thực hiện 2, hủy bỏ 1; hoàn thành 50% tổng số.
   Theo hạn: hoàn thành đúng hạn 2, hoàn thành quá hạn 1, chưa đến hạn 1, quá hạn 2 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 60% (3/5), đúng hạn 40%.

2. Đơn thư
   Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 1, tạm hoãn 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.
   - B1 Xử lý đơn thư năm 2021: tiếp nhận 40 đơn, 36 đơn đủ điều kiện, đã xử lý 30 đơn (đạt 83,3%)
   - B2 Đơn thư quý III: tiếp nhận 12 lá đơn, đã xử lý 12 lá đơn (đạt 100%)

Tổng cộng trong kỳ
   Tổng số 10 nhiệm vụ: hoàn thành 4, đang thực hiện 2, chưa thực hiện 2, tạm hoãn 1, hủy bỏ 1; hoàn thành 44,4% tổng số.
   Theo hạn: hoàn thành đúng hạn 3, hoàn thành quá hạn 1, chưa đến hạn 2, quá hạn 2 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 66,7% (4/6), đúng hạn 50%.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 8 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 1, chưa đến hạn 1, quá hạn 2 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 60% (3/5), đúng hạn 40%.
   - TTDN Phòng Thông tin - Dân nguyện: 2 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM 2022

1. Kỳ họp
   - A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 44 ngày, 32 ngày làm việc)
     - A4.1 Chuẩn bị tài liệu (chủ trì TH; hạn 10/09/2021; chưa thực hiện; quá hạn 49 ngày, 35 ngày làm việc)
   - A5 Họp tháng 12 (chủ trì TH; hạn 10/12/2021; chưa thực hiện)

2. Đơn thư
   - B1 Xử lý đơn thư năm 2021 (chủ trì TTDN; hạn 31/12/2021; đang thực hiện)
   - B3 Rà soát quy chế (chủ trì TH; hạn 15/08/2021; tạm hoãn)
   - B4 Việc không có hạn (chủ trì TH; chưa thực hiện)
? 0

# Periods that cannot be read are usage errors, in the user's language.
$ workplan report --period week
! workplan: kỳ báo cáo "week" không có; dùng month, quarter, year hoặc TỪ..ĐẾN (2021-07-01..2021-09-30)
? 2

$ workplan report --period 2021-09-30..2021-07-01
! workplan: kỳ báo cáo "2021-09-30..2021-07-01" kết thúc trước khi bắt đầu
? 2

$ workplan report --period 2021-06-31..2021-09-30
! workplan: "2021-06-31" trong kỳ báo cáo không phải là một ngày có thật (viết 2021-07-10 hoặc 10/07/2021)
? 2

$ workplan report --period 01/07/2021.. --lang en
! workplan: no period "01/07/2021.."; use month, quarter, year or FROM..TO (2021-07-01..2021-09-30)
? 2

$ workplan report --period 2021-09-30..2021-07-01 --lang en
! workplan: the period "2021-09-30..2021-07-01" ends before it starts
? 2

