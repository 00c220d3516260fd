# `workplan minutes --meeting list` lists every meeting, oldest first: the day, the hours or
# "chưa kết thúc", the title, how many tasks were reviewed and the file's name to pass to
# --meeting. A file in the folder that is not minutes is left out.

> copy meetings-plan.md plan.md
> copy minutes-2021-03-15.md plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
> copy minutes-2021-04-12.md plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md
> file plan.meetings/ghi-chu.md
Ghi chú của thư ký, không phải biên bản.
> end
> file plan.meetings/2021-06-30-hop-so-ket.txt
# Họp sơ kết
- Ngày họp: 30/06/2021
- Bắt đầu: 08:00
> end

$ workplan minutes --meeting list
15/03/2021  08:00–09:30  Họp giao ban tháng 3/2021
            xem xét 2 nhiệm vụ · 2021-03-15-hop-giao-ban-thang-3-2021.md

12/04/2021  14:00, chưa kết thúc  Họp giao ban tháng 4/2021
            xem xét 1 nhiệm vụ · 2021-04-12-hop-giao-ban-thang-4-2021.md

2 cuộc họp trong ./plan.meetings.
? 0

$ workplan minutes --meeting list --lang en
2021-03-15  08:00–09:30  Họp giao ban tháng 3/2021
            2 tasks reviewed · 2021-03-15-hop-giao-ban-thang-3-2021.md

2021-04-12  14:00, not finished  Họp giao ban tháng 4/2021
            1 task reviewed · 2021-04-12-hop-giao-ban-thang-4-2021.md

2 meetings in ./plan.meetings.
? 0

# The list is text only.
$ workplan minutes --meeting list --format markdown
! workplan: danh sách cuộc họp (--meeting list) chỉ in dạng text; hãy bỏ --format markdown
? 2
