# Which file a command uses: FILE or --file, else $WORKPLAN_FILE (when it exists), else
# ./plan.md, else the data folder's copy.

> file plan.md
# Tệp mặc định
## Mảng
- [ ] Việc trong plan.md  id:P1
> end
> file khac.md
# Tệp khác
## Mảng
- [ ] Việc trong khac.md  id:K1
> end
> file thu-muc/env.md
# Tệp theo biến môi trường
## Mảng
- [/] Việc trong env.md  id:E1
> end

# ./plan.md by default.
$ workplan list
Tệp mặc định

## Mảng
[ ] P1  Việc trong plan.md

1/1 nhiệm vụ.
? 0

# A positional FILE.
$ workplan list khac.md
Tệp khác

## Mảng
[ ] K1  Việc trong khac.md

1/1 nhiệm vụ.
? 0

# --file, for every command.
$ workplan list --file khac.md --status todo
Tệp khác

## Mảng
[ ] K1  Việc trong khac.md

1/1 nhiệm vụ.
? 0

$ workplan done --file khac.md K1
khac.md:3
- - [ ] Việc trong khac.md  id:K1
+ - [x] Việc trong khac.md  id:K1 done:2021-10-29
? 0
= unchanged plan.md

# The same file named both ways is fine; two different files is a usage error.
$ workplan list khac.md --file khac.md --status doing
Tệp khác

0/1 nhiệm vụ.
? 0

$ workplan list khac.md --file plan.md
! workplan: hãy chỉ rõ tệp kế hoạch một lần: FILE hoặc --file
? 2

$ workplan report plan.md --file khac.md --lang en
! workplan: name the plan file once: FILE or --file
? 2

# $WORKPLAN_FILE wins over ./plan.md, for reading and for writing.
@ env WORKPLAN_FILE=thu-muc/env.md
$ workplan list
Tệp theo biến môi trường

## Mảng
[/] E1  Việc trong env.md

1/1 nhiệm vụ.
? 0

$ workplan set E1 progress:1/2
thu-muc/env.md:3
- - [/] Việc trong env.md  id:E1
+ - [/] Việc trong env.md  id:E1 progress:1/2
? 0
= unchanged plan.md

# An absolute path works the same.
@ env WORKPLAN_FILE={tmp}/thu-muc/env.md
$ workplan check
{tmp}/thu-muc/env.md: không có vấn đề nào (1 nhiệm vụ).
? 0

# FILE and --file still win over $WORKPLAN_FILE.
$ workplan check plan.md
plan.md: không có vấn đề nào (1 nhiệm vụ).
? 0

# A named file that does not exist is an error that names it.
$ workplan list --file thieu.md
! workplan: không tìm thấy tệp "thieu.md" hoặc thư mục chứa nó; tạo kế hoạch trống bằng: workplan init --empty thieu.md
? 1

$ workplan done --file thieu.md P1 --lang en
! workplan: the file "thieu.md" or its folder does not exist; begin an empty plan with: workplan init --empty thieu.md
? 1
= absent thieu.md
