# export: the office's papers as Word files. Without -o a paper goes into the current folder,
# named after it, and never over a file already there (last week's paper may have been edited
# by hand); with -o it goes where the officer says. The documents themselves are read back in
# LibreOffice by the end-to-end tests.

> file plan.md
# Kế hoạch công tác năm 2021

## Kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1 due:2021-07-10

## Cơ quan
- cấp trên: HĐND TỈNH QUẢNG NAM
- cơ quan: VĂN PHÒNG
- viết tắt: VP
> end

$ workplan export plan
Đã ghi kế hoạch vào ke-hoach-2021.docx.
? 0

$ workplan export plan
Đã ghi kế hoạch vào ke-hoach-2021-2.docx.
? 0

$ workplan export report --as-of 2021-06-30 -o papers.docx --lang en
Wrote the report to papers.docx.
? 0

# A plan without meetings has no minutes to print.
$ workplan export minutes
! workplan: chưa có cuộc họp nào: biên bản họp được lưu trong ./plan.meetings, cạnh tệp kế hoạch; tổ chức một cuộc họp bằng: workplan review
? 1

$ workplan export plan --format pdf
! workplan: định dạng "pdf" không có; dùng docx hoặc xlsx
? 2

# The plan's task table as an Excel workbook (the end-to-end tests read it back with openpyxl).
$ workplan export plan --format xlsx
Đã ghi bảng nhiệm vụ vào ke-hoach-2021.xlsx.
? 0

# The report's tables too, a sheet each; minutes are a paper only.
$ workplan export report --format xlsx
Đã ghi các bảng của báo cáo vào bao-cao-2021-10-29.xlsx.
? 0

$ workplan export minutes --format xlsx
! workplan: biên bản chỉ xuất ra docx; xlsx có cho kế hoạch và báo cáo
? 2

$ workplan export plan --number 0
! workplan: --number phải từ 1
? 2

$ workplan export letter
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: The value 'letter' is invalid for '<kind>'. Please provide one of 'plan', 'report' or 'minutes'.
! Help:  <kind>  plan, report, minutes.
! Usage: workplan export [--file <FILE>] [--lang <LANG>] <kind> [<FILE>] [--format <FORMAT>] [--output <OUT>] [--number <N>] [--date <DATE>] [--as-of <DATE>] [--period <PERIOD>] [--meeting <ID>]
!   See 'workplan export --help' for more information.
? 2

# The office section is checked like every other line of the plan.
> file bad.md
# Kế hoạch

## Cơ quan
- con dấu: tròn
> end

$ workplan check bad.md
bad.md:4:3: mục Cơ quan không có khóa "con dấu"; dùng: cấp trên, cơ quan, viết tắt, địa danh, thẩm quyền, chức vụ, người ký, nơi nhận, số tiếp theo
? 1

# The list and the report as workbooks: -o, or a name after the day here, never over a file;
# -o only with xlsx (the other formats print).
$ workplan list --format xlsx --status open
Đã ghi 1 nhiệm vụ vào danh-sach-2021-10-29.xlsx.
? 0

$ workplan list --format xlsx -o danh-sach.xlsx --lang en
Wrote 1 task to danh-sach.xlsx.
? 0

$ workplan report --format xlsx --as-of 2021-06-30
Đã ghi các bảng của báo cáo vào bao-cao-2021-06-30.xlsx.
? 0

$ workplan report --format csv -o bao-cao.csv
! workplan: -o chỉ dùng với --format xlsx; các định dạng khác in ra màn hình
? 2
