# `workplan list` shows the whole plan as an outline grouped by track: mark, id, title,
# then lead, +coordinators, dates (dd/MM/yyyy), progress, QUÁ HẠN and unknown fields.
# Today is 29/10/2021. A postponed task is not overdue.

> copy small-plan.md plan.md

$ workplan list
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95,3%))
[-] TX2  Hội nghị "Tiếp xúc cử tri" trực tuyến  (CTDB)
[>] TX3  Rà soát quy chế làm việc  (TH; hạn 30/09/2021; room:P2)
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

8/8 nhiệm vụ.
? 0

# In English: ISO dates and a decimal point.
$ workplan list --lang en
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; due 2021-07-10; OVERDUE)
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; due 2021-06-20; done 2021-06-18)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; start 2021-06-01; due 2021-07-05; OVERDUE)
[ ] KH2  Kỳ họp cuối năm  (TH; due 2021-12-10)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95.3%))
[-] TX2  Hội nghị "Tiếp xúc cử tri" trực tuyến  (CTDB)
[>] TX3  Rà soát quy chế làm việc  (TH; due 2021-09-30; room:P2)
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

8 of 8 tasks.
? 0

# Listing never writes.
= unchanged plan.md

# Another day: nothing is overdue yet on 01/07/2021.
@ env WORKPLAN_TODAY=2021-07-01
$ workplan list --status todo,doing
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95,3%))

4/8 nhiệm vụ.
? 0

# A malformed WORKPLAN_TODAY is a usage error.
@ env WORKPLAN_TODAY=29/10/2021
$ workplan list
! workplan: WORKPLAN_TODAY phải là một ngày dạng NNNN-TT-NN
? 2
