# `add --under ID TITLE key:value…` adds a subtask after the parent's last subtask (and its
# note), indented like its siblings, with the next free id PARENT.N.

> file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10
  - [x] Dự thảo chương trình  id:KH1.1 lead:TH done:2021-06-18
  - [/] Chuẩn bị hội trường  id:KH1.2 lead:HC
    Ghi chú của KH1.2.
- [ ] Kỳ họp cuối năm  id:KH2 lead:TH
> end

$ workplan add --under KH1 "Gửi giấy mời đại biểu" lead:HC with:TH due:2021-07-01
plan.md:12
+   - [ ] Gửi giấy mời đại biểu  id:KH1.3 lead:HC with:TH due:2021-07-01
? 0

# A first subtask is indented two more spaces than its parent; status:done dates it.
$ workplan add --under KH1.2 "Thuê máy chiếu" status:done
plan.md:12
+     - [x] Thuê máy chiếu  id:KH1.2.1 done:2021-10-29
? 0

# Dates typed dd/MM/yyyy are written ISO; a title typed in NFD is written in NFC; a
# last word that reads as a field is escaped.
$ workplan add --under KH2 "Chuẩn bị ta\u{0300}i lie\u{0323}\u{0302}u ref:B2" due:15/12/2021 status:đang (esc)
plan.md:15
+   - [/] Chuẩn bị tài liệu ref\:B2  id:KH2.1 due:2021-12-15
? 0

= file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10
  - [x] Dự thảo chương trình  id:KH1.1 lead:TH done:2021-06-18
  - [/] Chuẩn bị hội trường  id:KH1.2 lead:HC
    Ghi chú của KH1.2.
    - [x] Thuê máy chiếu  id:KH1.2.1 done:2021-10-29
  - [ ] Gửi giấy mời đại biểu  id:KH1.3 lead:HC with:TH due:2021-07-01
- [ ] Kỳ họp cuối năm  id:KH2 lead:TH
  - [/] Chuẩn bị tài liệu ref\:B2  id:KH2.1 due:2021-12-15
= end

$ workplan list --track "ky hop" --lang en
Kế hoạch

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp giữa năm  (TH; due 2021-07-10; OVERDUE)
  [x] KH1.1  Dự thảo chương trình  (TH; done 2021-06-18)
  [/] KH1.2  Chuẩn bị hội trường  (HC)
    [x] KH1.2.1  Thuê máy chiếu  (done 2021-10-29)
  [ ] KH1.3  Gửi giấy mời đại biểu  (HC, +TH; due 2021-07-01; OVERDUE)
[ ] KH2  Kỳ họp cuối năm  (TH)
  [/] KH2.1  Chuẩn bị tài liệu ref:B2  (due 2021-12-15)

7 of 7 tasks.
? 0
