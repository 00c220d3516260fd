# --format markdown prints the minutes file byte for byte, as Workplan and the people who
# keep it wrote it: the secretary's added line, the last line without its newline.

> copy meetings-plan.md plan.md
> copy minutes-2021-03-15.md plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
> copy minutes-2021-04-12.md plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md

$ workplan minutes --format markdown
# Họp giao ban tháng 4/2021

- Ngày họp: 2021-04-12
- Bắt đầu: 14:00
- Chủ trì: Đ/c Phó Chánh Văn phòng
- Chương trình: KH1.2, TX4

## 1. KH1.2 — Chuẩn bị cơ sở vật chất, hậu cần
- Thời gian: 14:05–14:25
- Trạng thái: doing → blocked
- Hạn: 2021-07-05
- Kết quả: Đã đặt hội trường; còn thiếu máy chiếu.
- Theo dõi tiếp: yes (no-eol)
? 0

$ workplan minutes --meeting 15/03/2021 --format markdown --lang en
# Họp giao ban tháng 3/2021

- Ngày họp: 15/03/2021
- Bắt đầu: 08:00
- Chủ trì: Đ/c Chánh Văn phòng
- Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ chức - Quản trị, Công tác đại biểu
- Chương trình: KH1, TX1, TX4

## 1. KH1 — Kỳ họp thường lệ giữa năm
- Thời gian: 08:05–08:40
- Trạng thái: chưa thực hiện → đang thực hiện
- Hạn: 10/07/2021 → 20/07/2021
- Kết quả: Đã dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh và UBND tỉnh.
  Còn chờ ý kiến của Ban Kinh tế - Ngân sách.
- Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND tỉnh trước ngày 20/7/2021.
- Phụ trách: Phòng Tổng hợp
- Theo dõi tiếp: có

Thư ký ghi thêm: giải lao 10 phút.

## 2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
- Trạng thái: đang thực hiện
- Tiến độ: 121/127
- Theo dõi tiếp: không

- Kết thúc: 09:30
? 0

= unchanged plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
= unchanged plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md

# Any other format is a usage error.
$ workplan minutes --format html
! workplan: định dạng "html" không có; dùng text hoặc markdown
? 2

# Minutes saved with CRLF line endings (by an editor on Windows) print with them, and read
# as text the same as with LF. The folder is the one beside the plan named.
> file khac.md
# Kế hoạch khác
> end
> file khac.meetings/2021-06-01-hop-trien-khai-nhiem-vu.md
# Họp triển khai nhiệm vụ\r (esc)
\r (esc)
- Ngày họp: 01/06/2021\r (esc)
- Bắt đầu: 08:00\r (esc)
- Chương trình: A1\r (esc)
\r (esc)
## 1. A1 — Việc một\r (esc)
- Trạng thái: chưa thực hiện → hoàn thành\r (esc)
- Theo dõi tiếp: không\r (esc)
\r (esc)
- Kết thúc: 08:15\r (esc)
> end

$ workplan minutes khac.md --format markdown
# Họp triển khai nhiệm vụ\r (esc)
\\r (esc)
- Ngày họp: 01/06/2021\r (esc)
- Bắt đầu: 08:00\r (esc)
- Chương trình: A1\r (esc)
\\r (esc)
## 1. A1 — Việc một\r (esc)
- Trạng thái: chưa thực hiện → hoàn thành\r (esc)
- Theo dõi tiếp: không\r (esc)
\\r (esc)
- Kết thúc: 08:15\r (esc)
? 0

$ workplan minutes --file khac.md --details
                                  BIÊN BẢN HỌP
                            Họp triển khai nhiệm vụ
                      Ngày 01/06/2021, từ 08:00 đến 08:15

1. A1 — Việc một
   Trạng thái: chưa thực hiện → hoàn thành
   Theo dõi tiếp: không

Đã xem xét 1 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 0, theo dõi tiếp 0.
Cuộc họp kết thúc lúc 08:15.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)




? 0

= unchanged khac.meetings/2021-06-01-hop-trien-khai-nhiem-vu.md
