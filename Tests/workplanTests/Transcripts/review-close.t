# `workplan review --close` closes the meeting that was cut off without going on with it: the
# closing line gives the time its last item was recorded, the items recorded stay, and the
# next start no longer offers to go on with it.

> copy meetings-plan.md plan.md
> copy minutes-2021-03-15.md plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md
> copy minutes-2021-04-12.md plan.meetings/2021-04-12-hop-giao-ban-thang-4-2021.md

$ workplan review --close --agenda overdue
! workplan: --close chỉ kết thúc cuộc họp bị ngắt; đừng kèm --resume hay --agenda
? 2

$ workplan review --close
Đã kết thúc cuộc họp “Họp giao ban tháng 4/2021” lúc 14:25, giữ 1/2 mục đã ghi.
? 0

$ workplan minutes --meeting list --lang en
2021-03-15  08:00–09:30  Họp giao ban tháng 3/2021
            2 tasks reviewed · 2021-03-15-hop-giao-ban-thang-3-2021.md

2021-04-12  14:00–14:25  Họp giao ban tháng 4/2021
            1 task reviewed · 2021-04-12-hop-giao-ban-thang-4-2021.md

2 meetings in ./plan.meetings.
? 0

$ workplan review --close --lang en
! workplan: there is no meeting that was cut off to close (every minutes file has its end)
? 1
= unchanged plan.md
