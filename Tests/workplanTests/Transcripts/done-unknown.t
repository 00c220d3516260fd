# An unknown id fails (exit 1) and names the id; nothing is written, not even the
# changes for the other ids given with it.

> file plan.md
# Kế hoạch
## Mảng
- [ ] Việc một  id:A1
- [ ] Việc hai  id:A2
> end

$ workplan done A9
! workplan: không có nhiệm vụ nào mang mã "A9"
? 1
= unchanged plan.md

$ workplan done A1 A9 A2
! workplan: không có nhiệm vụ nào mang mã "A9"
? 1
= unchanged plan.md

$ workplan done a1 --lang en
! workplan: no task has the id "a1"
? 1
= unchanged plan.md

# No id at all is a usage error.
$ workplan done
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Missing expected argument '<ID> ...'
! Help:  <ID>  Mã nhiệm vụ / task ids.
! Usage: workplan done [--file <FILE>] [--lang <LANG>] <ID> ...
!   See 'workplan done --help' for more information.
? 2
= unchanged plan.md
