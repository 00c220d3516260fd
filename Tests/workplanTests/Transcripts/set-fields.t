# `set ID key:value…` changes status, dates, units and progress on the task's line only,
# keeping the other fields in their order and adding new ones at the end.

> file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính
- CTDB: Phòng Công tác đại biểu

## Mảng
- [ ] Chuẩn bị hội trường  id:KH1 lead:HC due:2021-07-05 room:P2
- [x] Dự thảo chương trình  id:KH2 lead:TH done:2021-06-18
> end

$ workplan set KH1 status:doing due:2021-07-08 progress:3/5 lead:TH with:HC,CTDB
plan.md:9
- - [ ] Chuẩn bị hội trường  id:KH1 lead:HC due:2021-07-05 room:P2
+ - [/] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-08 room:P2 progress:3/5 with:HC,CTDB
? 0

# Dates may be typed dd/MM/yyyy; they are written ISO. Status words may be Vietnamese.
$ workplan set KH1 due:10/07/2021 status:vướng
plan.md:9
- - [/] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-08 room:P2 progress:3/5 with:HC,CTDB
+ - [!] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-10 room:P2 progress:3/5 with:HC,CTDB
? 0

# Done writes done: with today's date; leaving done removes it.
$ workplan set KH1 status:xong
plan.md:9
- - [!] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-10 room:P2 progress:3/5 with:HC,CTDB
+ - [x] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-10 room:P2 progress:3/5 with:HC,CTDB done:2021-10-29
? 0

$ workplan set KH2 status:todo progress:40% --lang en
plan.md:10
- - [x] Dự thảo chương trình  id:KH2 lead:TH done:2021-06-18
+ - [ ] Dự thảo chương trình  id:KH2 lead:TH progress:40%
? 0

# A status with its own done date keeps it.
$ workplan set KH2 status:done done:2021-06-30
plan.md:10
- - [ ] Dự thảo chương trình  id:KH2 lead:TH progress:40%
+ - [x] Dự thảo chương trình  id:KH2 lead:TH progress:40% done:2021-06-30
? 0

= file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính
- CTDB: Phòng Công tác đại biểu

## Mảng
- [x] Chuẩn bị hội trường  id:KH1 lead:TH due:2021-07-10 room:P2 progress:3/5 with:HC,CTDB done:2021-10-29
- [x] Dự thảo chương trình  id:KH2 lead:TH progress:40% done:2021-06-30
= end

$ workplan check
plan.md: không có vấn đề nào (2 nhiệm vụ).
? 0
