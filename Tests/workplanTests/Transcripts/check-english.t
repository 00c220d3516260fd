# The same problems in English, with --lang en or WORKPLAN_LANG=en.

> file plan.md
# Plan with problems

## Units
- TH: General Affairs
- [ ] Misplaced  id:U1

## Track 1
- [ ] Bad date  id:A1 lead:TH start:2021-04-31
- [ ] Bad progress  id:A2 progress:101%
- [ ] Duplicate  id:A1
- [ ] Unknown unit  id:A3 lead:XYZ
- [~] Unknown status  id:A4
- [ ] Latin-1 caf\xe9  id:A5 (esc)
- [ ] NUL\0 here  id:A6 (esc)
> end

$ workplan check --lang en
plan.md:5:1: a task inside the Units or Persons section does not count
plan.md:8:31: invalid date "2021-04-31" in field start (expected a real YYYY-MM-DD date)
plan.md:9:27: invalid progress "101%" (expected a/b or N%)
plan.md:10:18: duplicate id "A1", already used on line 8
plan.md:11:32: unit "XYZ" is not declared in the Units section
plan.md:12:4: unknown status "[~]" (use [ ], [/], [x], [-], [>] or [!])
plan.md:13:18: invalid UTF-8 bytes; the file will not be written back
plan.md:14:10: NUL byte in the file
? 1

@ env WORKPLAN_LANG=en
$ workplan check plan.md
plan.md:5:1: a task inside the Units or Persons section does not count
plan.md:8:31: invalid date "2021-04-31" in field start (expected a real YYYY-MM-DD date)
plan.md:9:27: invalid progress "101%" (expected a/b or N%)
plan.md:10:18: duplicate id "A1", already used on line 8
plan.md:11:32: unit "XYZ" is not declared in the Units section
plan.md:12:4: unknown status "[~]" (use [ ], [/], [x], [-], [>] or [!])
plan.md:13:18: invalid UTF-8 bytes; the file will not be written back
plan.md:14:10: NUL byte in the file
? 1

$ workplan list --status todo --lead xyz
Plan with problems

## Track 1
[ ] A3  Unknown unit  (XYZ)

1 of 7 tasks.
! workplan: plan.md has 8 problems; see them with: workplan check plan.md
? 0

# --lang wins over WORKPLAN_LANG.
$ workplan check --lang vi
plan.md:5:1: nhiệm vụ nằm trong mục Đơn vị hoặc Người theo dõi sẽ không được tính
plan.md:8:31: ngày không hợp lệ "2021-04-31" ở trường start (cần dạng NNNN-TT-NN có thật)
plan.md:9:27: tiến độ không hợp lệ "101%" (cần dạng a/b hoặc N%)
plan.md:10:18: mã "A1" bị trùng, đã dùng ở dòng 8
plan.md:11:32: đơn vị "XYZ" chưa được khai báo trong mục Đơn vị
plan.md:12:4: trạng thái "[~]" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])
plan.md:13:18: byte không hợp lệ theo UTF-8; tệp sẽ không được ghi lại
plan.md:14:10: ký tự NUL trong tệp
? 1
