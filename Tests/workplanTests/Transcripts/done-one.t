# `done ID` marks one task done with today's date (29/10/2021), rewrites only its line,
# and shows that line before (-) and after (+).

> file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1 lead:TH with:HC due:2021-07-10
  - [x] Dự thảo chương trình  id:KH1.1 lead:TH done:2021-06-18
  - [/] Chuẩn bị hội trường  id:KH1.2 lead:HC due:2021-07-05 progress:3/5
    Ghi chú không đổi.
> end

$ workplan done KH1.2
plan.md:10
-   - [/] Chuẩn bị hội trường  id:KH1.2 lead:HC due:2021-07-05 progress:3/5
+   - [x] Chuẩn bị hội trường  id:KH1.2 lead:HC due:2021-07-05 progress:3/5 done:2021-10-29
? 0

= file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1 lead:TH with:HC due:2021-07-10
  - [x] Dự thảo chương trình  id:KH1.1 lead:TH done:2021-06-18
  - [x] Chuẩn bị hội trường  id:KH1.2 lead:HC due:2021-07-05 progress:3/5 done:2021-10-29
    Ghi chú không đổi.
= end

# The task no longer counts as overdue.
$ workplan list --overdue
Kế hoạch

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp giữa năm  (TH, +HC; hạn 10/07/2021; QUÁ HẠN)

1/3 nhiệm vụ.
? 0
