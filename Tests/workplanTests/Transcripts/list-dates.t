# --due-before DATE (2021-07-06 or 06/07/2021) and --overdue (open, not postponed, due
# before today).

> copy small-plan.md plan.md

$ workplan list --due-before 2021-07-06
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)

2/8 nhiệm vụ.
? 0

# "Before" is strict: a task due on the day itself is not listed.
$ workplan list --due-before 05/07/2021
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)

1/8 nhiệm vụ.
? 0

$ workplan list --overdue
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)

2/8 nhiệm vụ.
? 0

@ env WORKPLAN_TODAY=2021-07-06
$ workplan list --overdue --lang en
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; start 2021-06-01; due 2021-07-05; OVERDUE)

1 of 8 tasks.
? 0

@ env WORKPLAN_TODAY=2022-01-01
$ workplan list --overdue --due-before 2021-12-31
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021; QUÁ HẠN)

3/8 nhiệm vụ.
? 0

# Dates that do not exist are usage errors, in either form.
$ workplan list --due-before 2021-02-29
! workplan: "2021-02-29" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2

$ workplan list --due-before 31/04/2021 --lang en
! workplan: "31/04/2021" is not a real date (write 2021-07-10, 10/07/2021, +7 or +5wd)
? 2

$ workplan list --due-before tomorrow
! workplan: "tomorrow" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2
