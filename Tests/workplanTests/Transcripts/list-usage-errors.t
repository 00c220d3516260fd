# Bad option values of `list` are usage errors (exit 2) that say what is allowed;
# nothing goes to standard output.

> copy small-plan.md plan.md

$ workplan list --format xml
! workplan: định dạng "xml" không có; dùng text, json, csv hoặc xlsx
? 2

$ workplan list --format JSON --lang en
! workplan: no format "JSON"; use text, json, csv or xlsx
? 2

$ workplan list --due-before 2021-13-01
! workplan: "2021-13-01" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2

$ workplan list --status xong,dong
! workplan: trạng thái "dong" không có; dùng todo, doing, done, cancelled, postponed, blocked hoặc open
? 2

$ workplan list --lang fr
! workplan: ngôn ngữ "fr" không có; dùng vi hoặc en
? 2

# An option that does not exist: ArgumentParser's English message, introduced in Vietnamese.
$ workplan list --overdue --owner TH
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Unknown option '--owner'. Did you mean '--mine'?
! Usage: workplan list [<options>] [<FILE>]
!   See 'workplan list --help' for more information.
? 2

$ workplan list --format
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Missing value for '--format <FORMAT>'
! Help:  --format <FORMAT>  text, json, csv; xlsx (a workbook).
! Usage: workplan list [<options>] [<FILE>]
!   See 'workplan list --help' for more information.
? 2
= unchanged plan.md
