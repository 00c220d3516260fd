# Search ignores case, diacritics, đ/Đ and the Unicode form: an NFD query finds NFC text,
# an NFC query finds NFD text, and ids and notes are searched too.

> copy small-plan.md plan.md

# "hội nghị" written in NFD.
$ workplan list --search "ho\u{0323}\u{0302}i nghi\u{0323}" (esc)
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Nhiệm vụ thường xuyên
[-] TX2  Hội nghị "Tiếp xúc cử tri" trực tuyến  (CTDB)

1/8 nhiệm vụ.
? 0

# A note ("… còn thiếu máy chiếu.") and an id, in any case.
$ workplan list --search "MAY CHIEU"
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp
  [/] KH1.2  Chuẩn bị cơ sở vật chất, hậu cần  (HC; bắt đầu 01/06/2021; hạn 05/07/2021; QUÁ HẠN)

1/8 nhiệm vụ.
? 0

$ workplan list --search tx4
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Nhiệm vụ thường xuyên
[!] TX4  Số hóa hồ sơ lưu trữ  (HC; 40%; tag:so-hoa)

1/8 nhiệm vụ.
? 0

# đ folds to d.
$ workplan list --search "don thu"
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh

## Nhiệm vụ thường xuyên
[/] TX1  Tiếp nhận, phân loại, tham mưu xử lý đơn thư  (CTDB; 121/127 (95,3%))

1/8 nhiệm vụ.
? 0

# A file written in NFD: titles are shown as written, and found by NFC or plain queries.
> file nfd.md
# Ke\u{0302}\u{0301} hoa\u{0323}ch NFD (esc)

## Tie\u{0302}\u{0301}p da\u{0302}n (esc)
- [ ] To\u{0302}\u{0309}ng ho\u{031B}\u{0323}p y\u{0301} kie\u{0302}\u{0301}n cu\u{031B}\u{0309} tri  id:N1 lead:\u{0110}B (esc)
- [ ] Vie\u{0323}\u{0302}c kha\u{0301}c  id:N2 (esc)
> end

$ workplan list nfd.md --search "Tổng hợp ý kiến"
Ke\u{0302}\u{0301} hoa\u{0323}ch NFD (esc)

## Tie\u{0302}\u{0301}p da\u{0302}n (esc)
[ ] N1  To\u{0302}\u{0309}ng ho\u{031B}\u{0323}p y\u{0301} kie\u{0302}\u{0301}n cu\u{031B}\u{0309} tri  (\u{0110}B) (esc)

1/2 nhiệm vụ.
? 0

# Search looks in the fields too: the lead unit's code ĐB is found as DB.
$ workplan list --file nfd.md --track "tiep dan" --search "DB"
Ke\u{0302}\u{0301} hoa\u{0323}ch NFD (esc)

## Tie\u{0302}\u{0301}p da\u{0302}n (esc)
[ ] N1  To\u{0302}\u{0309}ng ho\u{031B}\u{0323}p y\u{0301} kie\u{0302}\u{0301}n cu\u{031B}\u{0309} tri  (\u{0110}B) (esc)

1/2 nhiệm vụ.
? 0

$ workplan list --file nfd.md --track "tiep dan" --search "tong hop"
Ke\u{0302}\u{0301} hoa\u{0323}ch NFD (esc)

## Tie\u{0302}\u{0301}p da\u{0302}n (esc)
[ ] N1  To\u{0302}\u{0309}ng ho\u{031B}\u{0323}p y\u{0301} kie\u{0302}\u{0301}n cu\u{031B}\u{0309} tri  (\u{0110}B) (esc)

1/2 nhiệm vụ.
? 0
