# new-year: the next year's plan beside this year's: the title's year changed, the units,
# persons and days-off sections as they are, every track, and the open tasks carried over with
# their own notes and a from: that names the task and year they came from. Done and cancelled
# tasks stay behind, and so do the year's dated entries and free text; a task whose parent stays
# behind moves up a level. The new file is never written over.

> file plan.md
# Kế hoạch công tác năm 2021

Căn cứ Chương trình công tác năm 2021 của Thường trực HĐND tỉnh.

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Kỳ họp
- [x] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10 done:2021-07-08
  - [ ] Báo cáo kết quả kỳ họp  id:KH1.1 lead:TH due:2021-08-01
    Chờ số liệu của các Ban.
- [/] Kỳ họp cuối năm  id:KH2 lead:TH due:2021-12-10 progress:1/3
  - [x] Dự thảo chương trình  id:KH2.1 lead:TH due:2021-11-20 done:2021-11-18
  - [!] Thẩm tra dự toán  id:KH2.2 lead:HC due:2021-12-01
- [-] Hội nghị trực tuyến  id:KH3 lead:HC

## Thường xuyên
- [/] Tiếp công dân định kỳ  id:TX1 lead:HC due:2021-12-31
  Mỗi tháng một buổi.
  - 2021-03-15: 1 buổi tiếp công dân, 5 lượt công dân
  - 2021-10-29: gia hạn 2021-11-30 → 2021-12-31; lý do: Chờ quy chế mới
> end

$ workplan new-year 2022
Đã tạo plan-2022.md: kế hoạch năm 2022, 4 nhiệm vụ chưa xong chuyển tiếp từ năm 2021 (để lại 3 nhiệm vụ đã xong hoặc hủy bỏ).
? 0

= file plan-2022.md
# Kế hoạch công tác năm 2022

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Kỳ họp
- [ ] Báo cáo kết quả kỳ họp  id:KH1.1 lead:TH due:2021-08-01 from:2021/KH1.1
  Chờ số liệu của các Ban.
- [/] Kỳ họp cuối năm  id:KH2 lead:TH due:2021-12-10 progress:1/3 from:2021/KH2
  - [!] Thẩm tra dự toán  id:KH2.2 lead:HC due:2021-12-01 from:2021/KH2.2

## Thường xuyên
- [/] Tiếp công dân định kỳ  id:TX1 lead:HC due:2021-12-31 from:2021/TX1
  Mỗi tháng một buổi.
= end

$ workplan check plan-2022.md
plan-2022.md: không có vấn đề nào (4 nhiệm vụ).
? 0

# Run again, it refuses to write over the plan it made.
$ workplan new-year 2022
! workplan: đã có tệp hoặc thư mục tại "plan-2022.md"; không ghi đè
? 1

# A year not after the plan's is a usage error; -o names the file.
$ workplan new-year 2021
! workplan: năm mới phải sau năm của kế hoạch (2021) và không quá 2100
? 2

$ workplan new-year 2023 -o ke-hoach-2023.md --lang en
Created ke-hoach-2023.md: the 2023 plan, 4 open tasks carried over from 2021 (3 done or cancelled left behind).
? 0

# init --empty: a plan begun from nothing, its sections ready.
$ workplan init --empty --year 2022 trong.md
Đã tạo trong.md: kế hoạch công tác năm 2022, chưa có nhiệm vụ; mở bằng: workplan trong.md
? 0

= file trong.md
# Kế hoạch công tác năm 2022

## Đơn vị

## Người theo dõi

## Nhiệm vụ thường xuyên
= end

$ workplan init --year 2022 khac.md
! workplan: --year chỉ dùng với --empty
? 2
