# `check` takes several files and reports each; the exit status is 1 when any has a problem.

> file tot.md
# Tốt
## Mảng
- [ ] Việc  id:A1 due:2021-12-31
> end
> file xau.md
# Xấu
## Mảng
- [ ] Việc  id:A1 due:2021-12-32
- [ ] Việc nữa  id:A1
> end
> file cung-tot.md
- [x] Việc không thuộc mảng nào  id:B1 done:2021-01-01
> end

$ workplan check tot.md xau.md cung-tot.md
tot.md: không có vấn đề nào (1 nhiệm vụ).
xau.md:3:19: ngày không hợp lệ "2021-12-32" ở trường due (cần dạng NNNN-TT-NN có thật)
xau.md:4:17: mã "A1" bị trùng, đã dùng ở dòng 3
cung-tot.md: không có vấn đề nào (1 nhiệm vụ).
? 1

$ workplan check tot.md cung-tot.md --lang en
tot.md: no problems (1 task).
cung-tot.md: no problems (1 task).
? 0

# A file that cannot be read stops the check with an error naming it.
$ workplan check tot.md thieu.md xau.md
tot.md: không có vấn đề nào (1 nhiệm vụ).
! workplan: không tìm thấy tệp "thieu.md" hoặc thư mục chứa nó
? 1

# A folder is not a plan.
$ workplan check .
! workplan: "." không phải là một tệp thông thường
? 1
