# `workplan minutes` prints the meeting's BIÊN BẢN in the form of template 1.9 of Decree
# 30/2020: the office's header from the plan's ## Cơ quan section with no place-and-date line,
# the meeting's time, place, attendees, chair with the chair's title, secretary, then each task in
# the order of the meeting by its title (no id, no clock, no field that did not change), the
# opinions given, the closing line, the secretary's and the chair's signatures, the recipients.

> file plan.md
# Kế hoạch thử nghiệm
## Chuẩn bị các kỳ họp
- [/] Kỳ họp thường lệ giữa năm  id:KH1 due:2021-07-20

## Cơ quan
- cấp trên: HĐND TỈNH QUẢNG NAM
- cơ quan: VĂN PHÒNG
- viết tắt: VP
- nơi nhận: Lãnh đạo Văn phòng; Các phòng thuộc Văn phòng
> end

> file plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
# Họp giao ban tháng 3/2021

- Ngày họp: 15/03/2021
- Bắt đầu: 08:00
- Địa điểm: Phòng họp số 2, Văn phòng HĐND tỉnh
- Chủ trì: Nguyễn Văn Hùng
- Chức vụ chủ trì: Chánh Văn phòng
- Thư ký: Trần Thị Mai
- Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng
- Chương trình: KH1, TX1

## 1. KH1 — Kỳ họp thường lệ giữa năm
- Thời gian: 08:05–08:40
- Trạng thái: chưa thực hiện → đang thực hiện
- Hạn: 10/07/2021 → 20/07/2021
- Kết quả: Đã dự thảo chương trình kỳ họp.
- Ý kiến: Phòng Công tác đại biểu đề nghị bổ sung danh sách khách mời.
- Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND tỉnh trước ngày 20/7/2021.
- Phụ trách: Phòng Tổng hợp
- Theo dõi tiếp: có

## 2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
- Trạng thái: đang thực hiện
- Tiến độ: 121/127
- Theo dõi tiếp: không

- Kết thúc: 09:30
> end

$ workplan minutes
      HĐND TỈNH QUẢNG NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
           VĂN PHÒNG                      Độc lập - Tự do - Hạnh phúc
           Số: /BB-VP

                                    BIÊN BẢN
                           Họp giao ban tháng 3/2021

    Thời gian bắt đầu: 08 giờ 00 phút, ngày 15 tháng 3 năm 2021
    Địa điểm: Phòng họp số 2, Văn phòng HĐND tỉnh
    Thành phần tham dự: Lãnh đạo Văn phòng; Trưởng các phòng
    Chủ trì: Nguyễn Văn Hùng, Chánh Văn phòng
    Thư ký: Trần Thị Mai
    Nội dung:
    1. Kỳ họp thường lệ giữa năm
    Trạng thái: chưa thực hiện → đang thực hiện
    Thời hạn: 10/07/2021 → 20/07/2021
    Kết quả: Đã dự thảo chương trình kỳ họp.
    Ý kiến: Phòng Công tác đại biểu đề nghị bổ sung danh sách khách mời.
    Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND
tỉnh trước ngày 20/7/2021.
    Người chịu trách nhiệm: Phòng Tổng hợp
    Tiếp tục theo dõi tại cuộc họp sau.
    2. Tiếp nhận, phân loại, tham mưu xử lý đơn thư
    Cuộc họp kết thúc vào 09 giờ 30 phút, ngày 15 tháng 3 năm 2021./.

                 THƯ KÝ                                 CHỦ TRÌ



              Trần Thị Mai                          Nguyễn Văn Hùng

Nơi nhận:
- Lãnh đạo Văn phòng;
- Các phòng thuộc Văn phòng;
- Lưu: VT, VP.
? 0

# The whole record, ids, times and unchanged fields, with --details.
$ workplan minutes --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 3/2021
                      Ngày 15/03/2021, từ 08:00 đến 09:30

Địa điểm: Phòng họp số 2, Văn phòng HĐND tỉnh
Chủ trì: Nguyễn Văn Hùng
Chức vụ chủ trì: Chánh Văn phòng
Thư ký: Trần Thị Mai
Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng

1. KH1 — Kỳ họp thường lệ giữa năm
   Thời gian: 08:05–08:40
   Trạng thái: chưa thực hiện → đang thực hiện
   Hạn: 10/07/2021 → 20/07/2021 (lùi 10 ngày)
   Kết quả: Đã dự thảo chương trình kỳ họp.
   Ý kiến: Phòng Công tác đại biểu đề nghị bổ sung danh sách khách mời.
   Kết luận, chỉ đạo: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND
                      tỉnh trước ngày 20/7/2021.
   Phụ trách: Phòng Tổng hợp
   Theo dõi tiếp: có

2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
   Trạng thái: đang thực hiện (không đổi)
   Tiến độ: 121/127
   Theo dõi tiếp: không

Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 1, theo dõi tiếp 1.
Cuộc họp kết thúc lúc 09:30.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                    Nguyễn Văn Hùng
? 0
