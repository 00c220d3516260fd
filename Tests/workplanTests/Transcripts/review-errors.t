# What `workplan review` says before it opens the screen: agendas it cannot read, and
# --resume with an agenda (exit 2). Nothing is written.

> copy meetings-plan.md plan.md

$ workplan review --agenda bogus
! workplan: không có chương trình “bogus”; dùng overdue, open, week, month, quarter, followup, track:TÊN, lead:MÃ, due:KỲ, hoặc nối bằng dấu phẩy như overdue,track:bầu cử
? 2

$ workplan review --agenda "overdue,due:2021-13-01" --lang en
! workplan: due: needs a period such as due:month, due:quarter, due:year or due:2021-11-01..2021-11-30; “2021-13-01” cannot be read
? 2

$ workplan review --agenda "due:2021-11-30..2021-11-01"
! workplan: due: cần một kỳ như due:month, due:quarter, due:year hoặc due:2021-11-01..2021-11-30; không đọc được “2021-11-30..2021-11-01”
? 2

# Every word of an agenda holds at once, so periods that share no day, and an empty word,
# are refused.
$ workplan review --agenda "overdue,,week"
! workplan: không có chương trình “(trống)”; dùng overdue, open, week, month, quarter, followup, track:TÊN, lead:MÃ, due:KỲ, hoặc nối bằng dấu phẩy như overdue,track:bầu cử
? 2

$ workplan review --agenda "week,due:2021-01-01..2021-01-31"
! workplan: các kỳ trong chương trình “week,due:2021-01-01..2021-01-31” không có ngày nào chung
? 2

$ workplan review --resume --agenda overdue
! workplan: --resume họp tiếp chương trình cũ; đừng kèm --agenda
? 2
= unchanged plan.md
= absent plan.meetings
