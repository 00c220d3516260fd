# `workplan minutes --details` prints a meeting's whole record as text: a centred header, chair
# and attendees, the numbered items with their ids, times and every field indented, a summary;
# lines wrapped at 80 columns (without --details: the biên bản, minutes-paper.t). Without --meeting, the latest meeting (here one not finished, its file cut off
# without a last newline, written with ISO dates and English status words).

> copy meetings-plan.md plan.md
> copy minutes-2021-03-15.md plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
> copy minutes-2021-04-12.md plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md

$ workplan minutes --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 4/2021
                   Ngày 12/04/2021, từ 14:00 (chưa kết thúc)

Chủ trì: Đ/c Phó Chánh Văn phòng

1. KH1.2 — Chuẩn bị cơ sở vật chất, hậu cần
   Thời gian: 14:05–14:25
   Trạng thái: đang thực hiện → vướng mắc
   Hạn: 05/07/2021 (không đổi)
   Kết quả: Đã đặt hội trường; còn thiếu máy chiếu.
   Theo dõi tiếp: có

Đã xem xét 1 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 0, theo dõi tiếp 1.
Chưa xem xét: TX4.
? 0

# --meeting names a file, with or without .md; a secretary's added line is left out of the
# text, and a value over two lines keeps its second line under the first.
$ workplan minutes --meeting 2021-03-15-hop-giao-ban-thang-3-2021 --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 3/2021
                      Ngày 15/03/2021, từ 08:00 đến 09:30

Chủ trì: Đ/c Chánh Văn phòng
Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ
            chức - Quản trị, Công tác đại biểu

1. KH1 — Kỳ họp thường lệ giữa năm
   Thời gian: 08:05–08:40
   Trạng thái: chưa thực hiện → đang thực hiện
   Hạn: 10/07/2021 → 20/07/2021 (lùi 10 ngày)
   Kết quả: Đã dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh
            và UBND tỉnh.
            Còn chờ ý kiến của Ban Kinh tế - Ngân sách.
   Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND
                      tỉnh trước ngày 20/7/2021.
   Phụ trách: Phòng Tổng hợp
   Theo dõi tiếp: có

2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
   Trạng thái: đang thực hiện (không đổi)
   Tiến độ: 121/127
   Theo dõi tiếp: không

Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 1, theo dõi tiếp 1.
Chưa xem xét: TX4.
Cuộc họp kết thúc lúc 09:30.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                  Đ/c Chánh Văn phòng
? 0

$ workplan minutes plan.md --meeting 2021-03-15-hop-giao-ban-thang-3-2021.md --format text --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 3/2021
                      Ngày 15/03/2021, từ 08:00 đến 09:30

Chủ trì: Đ/c Chánh Văn phòng
Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ
            chức - Quản trị, Công tác đại biểu

1. KH1 — Kỳ họp thường lệ giữa năm
   Thời gian: 08:05–08:40
   Trạng thái: chưa thực hiện → đang thực hiện
   Hạn: 10/07/2021 → 20/07/2021 (lùi 10 ngày)
   Kết quả: Đã dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh
            và UBND tỉnh.
            Còn chờ ý kiến của Ban Kinh tế - Ngân sách.
   Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND
                      tỉnh trước ngày 20/7/2021.
   Phụ trách: Phòng Tổng hợp
   Theo dõi tiếp: có

2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
   Trạng thái: đang thực hiện (không đổi)
   Tiến độ: 121/127
   Theo dõi tiếp: không

Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 1, theo dõi tiếp 1.
Chưa xem xét: TX4.
Cuộc họp kết thúc lúc 09:30.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                  Đ/c Chánh Văn phòng
? 0

# Or a day, in either form, when one meeting was held that day.
$ workplan minutes --meeting 12/04/2021 --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 4/2021
                   Ngày 12/04/2021, từ 14:00 (chưa kết thúc)

Chủ trì: Đ/c Phó Chánh Văn phòng

1. KH1.2 — Chuẩn bị cơ sở vật chất, hậu cần
   Thời gian: 14:05–14:25
   Trạng thái: đang thực hiện → vướng mắc
   Hạn: 05/07/2021 (không đổi)
   Kết quả: Đã đặt hội trường; còn thiếu máy chiếu.
   Theo dõi tiếp: có

Đã xem xét 1 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 0, theo dõi tiếp 1.
Chưa xem xét: TX4.
? 0

$ workplan minutes --meeting 2021-03-15 --file plan.md --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 3/2021
                      Ngày 15/03/2021, từ 08:00 đến 09:30

Chủ trì: Đ/c Chánh Văn phòng
Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ
            chức - Quản trị, Công tác đại biểu

1. KH1 — Kỳ họp thường lệ giữa năm
   Thời gian: 08:05–08:40
   Trạng thái: chưa thực hiện → đang thực hiện
   Hạn: 10/07/2021 → 20/07/2021 (lùi 10 ngày)
   Kết quả: Đã dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh
            và UBND tỉnh.
            Còn chờ ý kiến của Ban Kinh tế - Ngân sách.
   Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND
                      tỉnh trước ngày 20/7/2021.
   Phụ trách: Phòng Tổng hợp
   Theo dõi tiếp: có

2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
   Trạng thái: đang thực hiện (không đổi)
   Tiến độ: 121/127
   Theo dõi tiếp: không

Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 1, theo dõi tiếp 1.
Chưa xem xét: TX4.
Cuộc họp kết thúc lúc 09:30.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                  Đ/c Chánh Văn phòng
? 0

= unchanged plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
= unchanged plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md
