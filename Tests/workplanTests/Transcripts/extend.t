# `workplan extend` moves a task's deadline and keeps its history: `due:` becomes the new
# deadline and one entry line under the task records the day, the old and new deadlines, the
# reason and the deciding document. The report counts against the deadline in force on its day,
# or with `--against original` against the first one, and says how many tasks were extended.
# A task without a deadline, a closed one, a date not later and a missing reason are refused,
# the file left as it was. `check` reports an extension written by hand that it cannot read.

> file plan.md
# Kế hoạch thử năm 2021

## Đơn vị
- TH: Phòng Tổng hợp

## Kỳ họp
- [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-10-15
  Chờ số liệu của các Ban.
  - [ ] Tổng hợp số liệu các Ban  id:A1.1 lead:TH due:2021-10-10
- [x] Gửi giấy mời  id:A2 lead:TH due:2021-07-01 done:2021-06-30
- [ ] In tài liệu  id:A3 lead:TH
> end

$ workplan extend A1 2021-11-15 --reason "chờ ý kiến Thường trực HĐND" --by "Thông báo số 12/TB-HĐND"
plan.md:7
- - [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-10-15
+ - [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-11-15
plan.md:9
+   - 2021-10-29: gia hạn 2021-10-15 → 2021-11-15; lý do: chờ ý kiến Thường trực HĐND; theo: Thông báo số 12/TB-HĐND
? 0

$ workplan extend A1 +20nlv --reason "bổ sung số liệu quý III"
plan.md:7
- - [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-11-15
+ - [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-11-26
plan.md:10
+   - 2021-10-29: gia hạn 2021-11-15 → 2021-11-26; lý do: bổ sung số liệu quý III
? 0

= file plan.md
# Kế hoạch thử năm 2021

## Đơn vị
- TH: Phòng Tổng hợp

## Kỳ họp
- [/] Dự thảo báo cáo tổng kết nhiệm kỳ  id:A1 lead:TH due:2021-11-26
  Chờ số liệu của các Ban.
  - 2021-10-29: gia hạn 2021-10-15 → 2021-11-15; lý do: chờ ý kiến Thường trực HĐND; theo: Thông báo số 12/TB-HĐND
  - 2021-10-29: gia hạn 2021-11-15 → 2021-11-26; lý do: bổ sung số liệu quý III
  - [ ] Tổng hợp số liệu các Ban  id:A1.1 lead:TH due:2021-10-10
- [x] Gửi giấy mời  id:A2 lead:TH due:2021-07-01 done:2021-06-30
- [ ] In tài liệu  id:A3 lead:TH
= end

$ workplan report --as-of 2021-10-29 --period year
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử năm 2021
Kỳ báo cáo: năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)
Tính đến ngày 29/10/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%; 1 nhiệm vụ được gia hạn.

Tổng cộng trong kỳ
   Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%; 1 nhiệm vụ được gia hạn.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 3 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%; 1 nhiệm vụ được gia hạn.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM 2022

1. Kỳ họp
   - A1 Dự thảo báo cáo tổng kết nhiệm kỳ (chủ trì TH; hạn 26/11/2021, gia hạn từ 15/10/2021; đang thực hiện)
     - A1.1 Tổng hợp số liệu các Ban (chủ trì TH; hạn 10/10/2021; chưa thực hiện; quá hạn 19 ngày, 15 ngày làm việc)
   - A3 In tài liệu (chủ trì TH; chưa thực hiện)
? 0

$ workplan report --as-of 2021-10-29 --period year --against original
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử năm 2021
Kỳ báo cáo: năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)
Tính đến ngày 29/10/2021 (tính theo hạn ban đầu)

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Kỳ họp
   Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 2; tỷ lệ hoàn thành nhiệm vụ đến hạn 33,3% (1/3), đúng hạn 33,3%; 1 nhiệm vụ được gia hạn.

Tổng cộng trong kỳ
   Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1; hoàn thành 33,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 2; tỷ lệ hoàn thành nhiệm vụ đến hạn 33,3% (1/3), đúng hạn 33,3%; 1 nhiệm vụ được gia hạn.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 3 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 2; tỷ lệ hoàn thành nhiệm vụ đến hạn 33,3% (1/3), đúng hạn 33,3%; 1 nhiệm vụ được gia hạn.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM 2022

1. Kỳ họp
   - A1 Dự thảo báo cáo tổng kết nhiệm kỳ (chủ trì TH; hạn 15/10/2021, đã gia hạn đến 26/11/2021; đang thực hiện; quá hạn 14 ngày, 10 ngày làm việc)
     - A1.1 Tổng hợp số liệu các Ban (chủ trì TH; hạn 10/10/2021; chưa thực hiện; quá hạn 19 ngày, 15 ngày làm việc)
   - A3 In tài liệu (chủ trì TH; chưa thực hiện)
? 0

$ workplan extend A2 2021-08-01 --reason "x"
! workplan: nhiệm vụ đã hoàn thành nên không gia hạn
? 2

$ workplan extend A3 2021-12-01 --reason "x"
! workplan: nhiệm vụ chưa có hạn nên không thể gia hạn; hãy đặt hạn (due:)
? 2

$ workplan extend A1.1 2021-10-01 --reason "x"
! workplan: hạn mới phải sau hạn hiện tại 10/10/2021
? 2

$ workplan extend A1.1 2021-11-01 --reason "  "
! workplan: cần ghi lý do gia hạn
? 2

> file bad.md
# Kế hoạch thử năm 2021

## Kỳ họp
- [ ] Dự thảo  id:A1 due:2021-11-15
  - 2021-10-01: gia hạn 2021-10-15 đến 2021-11-15; lý do: chờ
> end

$ workplan check bad.md
bad.md:5:17: không đọc được mục gia hạn "gia hạn 2021-10-15 đến 2021-11-15; lý do: chờ": viết gia hạn 2021-07-10 → 2021-07-20; lý do: …; theo: …
? 1
