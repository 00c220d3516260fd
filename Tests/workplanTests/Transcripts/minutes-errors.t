# What `workplan minutes` says when it cannot print a meeting.

> copy meetings-plan.md plan.md

# No meetings yet: where their minutes would be and how to hold one (exit 1).
$ workplan minutes
! workplan: chưa có cuộc họp nào: biên bản họp được lưu trong ./plan.meetings, cạnh tệp kế hoạch; tổ chức một cuộc họp bằng: workplan review
? 1

$ workplan minutes --meeting list --lang en
! workplan: there are no meetings yet: their minutes are kept in ./plan.meetings, beside the plan; hold one with: workplan review
? 1

> file thu-muc/khac.md
# Kế hoạch khác
> end
$ workplan minutes thu-muc/khac.md
! workplan: chưa có cuộc họp nào: biên bản họp được lưu trong thu-muc/khac.meetings, cạnh tệp kế hoạch; tổ chức một cuộc họp bằng: workplan review
? 1

# Two meetings on one day: naming the day is ambiguous (exit 2); the file names choose.
> file plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
# Họp giao ban tháng 3/2021

- Ngày họp: 15/03/2021
- Bắt đầu: 08:00
- Chương trình: KH1

- Kết thúc: 08:30
> end
> file plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021-2.md
# Họp giao ban tháng 3/2021

- Ngày họp: 15/03/2021
- Bắt đầu: 14:00
- Chương trình: KH1
> end

$ workplan minutes --meeting 15/03/2021
! workplan: ngày 15/03/2021 có 2 cuộc họp (2021-03-15-hop-giao-ban-thang-3-2021, 2021-03-15-hop-giao-ban-thang-3-2021-2); chọn một bằng --meeting TÊN-TỆP
? 2

$ workplan minutes --meeting 2021-03-15 --lang en
! workplan: there are 2 meetings on 2021-03-15 (2021-03-15-hop-giao-ban-thang-3-2021, 2021-03-15-hop-giao-ban-thang-3-2021-2); choose one with --meeting FILE-NAME
? 2

$ workplan minutes --meeting 2021-03-15-hop-giao-ban-thang-3-2021-2 --details
                                  BIÊN BẢN HỌP
                           Họp giao ban tháng 3/2021
                   Ngày 15/03/2021, từ 14:00 (chưa kết thúc)

Chưa có nhiệm vụ nào được xem xét.
Chưa xem xét: KH1.
? 0

# A meeting that is not there, by name or by day (exit 1).
$ workplan minutes --meeting hop-giao-ban
! workplan: không có cuộc họp "hop-giao-ban" trong ./plan.meetings; xem danh sách bằng: workplan minutes --meeting list
? 1

$ workplan minutes --meeting 16/03/2021
! workplan: không có cuộc họp nào ngày 16/03/2021 trong ./plan.meetings; xem danh sách bằng: workplan minutes --meeting list
? 1

$ workplan minutes --meeting 2021-03-16 --lang en
! workplan: there is no meeting on 2021-03-16 in ./plan.meetings; see the list with: workplan minutes --meeting list
? 1

# A file in the folder that is no minutes, named: what it lacks.
> file plan.meetings/ghi-chu.md
Ghi chú của thư ký.
> end
$ workplan minutes --meeting ghi-chu
! workplan: ./plan.meetings/ghi-chu.md không phải là biên bản họp: thiếu dòng tiêu đề “# …”, dòng “- Ngày họp:” hoặc “- Bắt đầu:”
? 1

$ workplan minutes --meeting ghi-chu.md --lang en
! workplan: ./plan.meetings/ghi-chu.md is not meeting minutes: it lacks the “# …” title, the “- Date:” or the “- Started:” line
? 1
