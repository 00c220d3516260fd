# --lead filters by lead unit (any case); --track by part of the track's title, ignoring
# case and diacritics; filters combine.

> copy small-plan.md plan.md

$ workplan list --lead TH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

## Nhiệm vụ thường xuyên
[>] TX3  Rà soát quy chế làm việc  (TH; hạn 30/09/2021; room:P2)

4/8 nhiệm vụ.
? 0

$ workplan list --lead hc
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)

## Nhiệm vụ thường xuyên
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

2/8 nhiệm vụ.
? 0

# Coordinating units do not count as lead.
$ workplan list --lead CTDB --track "ky hop"
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

0/8 nhiệm vụ.
? 0

$ workplan list --track "thuong xuyen"
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95,3%))
[-] TX2  Hội nghị "Tiếp xúc cử tri" trực tuyến  (CTDB)
[>] TX3  Rà soát quy chế làm việc  (TH; hạn 30/09/2021; room:P2)
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

4/8 nhiệm vụ.
? 0

$ workplan list --track "KỲ HỌP" --lead th --status open
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

2/8 nhiệm vụ.
? 0

# A track that no title contains simply lists nothing.
$ workplan list --track "giam sat"
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

0/8 nhiệm vụ.
? 0
