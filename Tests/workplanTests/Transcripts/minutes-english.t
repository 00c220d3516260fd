# The minutes in English (--lang en or WORKPLAN_LANG=en): the labels and the words around the
# values are English, dates ISO; what the meeting recorded stays as written. Minutes written
# in an English session read the same in a Vietnamese one.

> copy meetings-plan.md plan.md
> copy minutes-2021-03-15.md plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
> copy minutes-2021-04-12.md plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md
> file plan.meetings/2021-05-10-quarterly-review.md
# Quarterly review

- Date: 2021-05-10
- Started: 9h00
- Chaired by: Head of Office
- Attended by: Heads of division
- Agenda: KH1, TX4

## 1. KH1 — Mid-year session
- Status: in progress
- Due: 2021-07-20 -> 2021-07-10
- Progress: 3/4
- Decision: Finish the draft agenda by 10 July.
- Responsible: TH
- Follow-up: yes

## 2. TX4 — Digitising the archive
- Status: blocked -> cancelled
- Due: 2021-12-31 -> none
- Outcome: No budget this year.
- Follow-up: no

- Ended: 10:15
> end

$ workplan minutes --lang en --meeting 2021-03-15
                                MEETING MINUTES
                           Họp giao ban tháng 3/2021
                       On 2021-03-15, from 08:00 to 09:30

Chaired by: Đ/c Chánh Văn phòng
Attended by: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ
             chức - Quản trị, Công tác đại biểu

1. KH1 — Kỳ họp thường lệ giữa năm
   Time: 08:05–08:40
   Status: not started → in progress
   Due: 2021-07-10 → 2021-07-20 (10 days later)
   Outcome: Đã dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh
            và UBND tỉnh.
            Còn chờ ý kiến của Ban Kinh tế - Ngân sách.
   Decision: Phòng Tổng hợp hoàn thiện dự thảo, trình Thường trực HĐND tỉnh
             trước ngày 20/7/2021.
   Responsible: Phòng Tổng hợp
   Follow-up: yes

2. TX1 — Tiếp nhận, phân loại, tham mưu xử lý đơn thư
   Status: in progress (unchanged)
   Progress: 121/127
   Follow-up: no

2 tasks reviewed; status changed for 1, due date moved for 1, follow-up for 1.
Not reviewed: TX4.
The meeting ended at 09:30.

               SECRETARY                                 CHAIR
       (Signature and full name)               (Signature and full name)



                                                  Đ/c Chánh Văn phòng
? 0

@ env WORKPLAN_LANG=en
$ workplan minutes
                                MEETING MINUTES
                                Quarterly review
                       On 2021-05-10, from 09:00 to 10:15

Chaired by: Head of Office
Attended by: Heads of division

1. KH1 — Mid-year session
   Status: in progress (unchanged)
   Due: 2021-07-20 → 2021-07-10 (10 days earlier)
   Progress: 3/4
   Decision: Finish the draft agenda by 10 July.
   Responsible: TH
   Follow-up: yes

2. TX4 — Digitising the archive
   Status: blocked → cancelled
   Due: 2021-12-31 → none
   Outcome: No budget this year.
   Follow-up: no

2 tasks reviewed; status changed for 1, due date moved for 2, follow-up for 1.
The meeting ended at 10:15.

               SECRETARY                                 CHAIR
       (Signature and full name)               (Signature and full name)



                                                     Head of Office
? 0

@ unset WORKPLAN_LANG
$ workplan minutes --meeting 2021-05-10-quarterly-review --details
                                  BIÊN BẢN HỌP
                                Quarterly review
                      Ngày 10/05/2021, từ 09:00 đến 10:15

Chủ trì: Head of Office
Thành phần: Heads of division

1. KH1 — Mid-year session
   Trạng thái: đang thực hiện (không đổi)
   Hạn: 20/07/2021 → 10/07/2021 (sớm hơn 10 ngày)
   Tiến độ: 3/4
   Kết luận, chỉ đạo: Finish the draft agenda by 10 July.
   Phụ trách: TH
   Theo dõi tiếp: có

2. TX4 — Digitising the archive
   Trạng thái: vướng mắc → hủy bỏ
   Hạn: 31/12/2021 → không có
   Kết quả: No budget this year.
   Theo dõi tiếp: không

Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 2, theo dõi tiếp 1.
Cuộc họp kết thúc lúc 10:15.

                 THƯ KÝ                                 CHỦ TRÌ
          (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                     Head of Office
? 0
