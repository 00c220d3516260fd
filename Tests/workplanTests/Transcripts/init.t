# `workplan init` writes the built-in 2021 plan to ./plan.md and never overwrites a file.

$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

# The new file is the whole built-in plan, without problems.
$ workplan check plan.md
plan.md: không có vấn đề nào (122 nhiệm vụ).
? 0

# A second init refuses, names the file, and leaves it as it is.
$ workplan init
! workplan: đã có tệp hoặc thư mục tại "plan.md"; không ghi đè
? 1

$ workplan check
plan.md: không có vấn đề nào (122 nhiệm vụ).
? 0

# Another name, given as FILE or with --file; in English too.
$ workplan init ke-hoach.md
Đã tạo ke-hoach.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan init --file ke-hoach.md --lang en
! workplan: something already exists at "ke-hoach.md"; it was not overwritten
? 1

$ workplan init --lang en --file other.md
Created other.md: the 2021 work plan, 122 tasks.
? 0

# Naming the file twice, differently, is a usage error, and nothing is written.
$ workplan init a.md --file b.md
! workplan: hãy chỉ rõ tệp kế hoạch một lần: FILE hoặc --file
? 2
= absent a.md
= absent b.md

# init does not make folders.
$ workplan init missing/plan.md
! workplan: không tìm thấy tệp "missing/plan.md" hoặc thư mục chứa nó
? 1
= absent missing
