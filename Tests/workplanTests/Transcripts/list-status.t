# --status filters by status: English or Vietnamese words, with or without diacritics,
# comma separated or repeated; `open` means every status with work remaining.

> copy small-plan.md plan.md

$ workplan list --status done
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)

1/8 nhiệm vụ.
? 0

$ workplan list --status open
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95,3%))
[>] TX3  Rà soát quy chế làm việc  (TH; hạn 30/09/2021; room:P2)
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

6/8 nhiệm vụ.
? 0

$ workplan list --status xong --status hủy
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [x] KH1.1  Dự thảo chương trình kỳ họp  (TH; hạn 20/06/2021; xong 18/06/2021)

## Nhiệm vụ thường xuyên
[-] TX2  Hội nghị "Tiếp xúc cử tri" trực tuyến  (CTDB)

2/8 nhiệm vụ.
? 0

$ workplan list --status postponed,vuong --lang en
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Nhiệm vụ thường xuyên
[>] TX3  Rà soát quy chế làm việc  (TH; due 2021-09-30; room:P2)
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

2 of 8 tasks.
? 0

$ workplan list --status CHUA
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
[ ] KH1  Kỳ họp thường lệ giữa năm  (TH, +HC, +CTDB; hạn 10/07/2021; QUÁ HẠN)
[ ] KH2  Kỳ họp cuối năm  (TH; hạn 10/12/2021)

2/8 nhiệm vụ.
? 0

# A word that names no status is a usage error.
$ workplan list --status finished
! workplan: trạng thái "finished" không có; dùng todo, doing, done, cancelled, postponed, blocked hoặc open
? 2

$ workplan list --status done,later,nope --lang en
! workplan: no status "nope"; use todo, doing, done, cancelled, postponed, blocked or open
? 2
