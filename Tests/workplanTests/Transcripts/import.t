# import: a plan made from a table an office keeps. The workbooks themselves (openpyxl's and
# LibreOffice's) are imported by the end-to-end tests; here a CSV as Excel saves it ("CSV UTF-8":
# a byte-order mark, semicolons under some regional settings), the dry run, the units matched
# against the plan in use, and bad input.

> file plan.md
# Kế hoạch công tác năm 2021

## Đơn vị
- TH: Phòng Tổng hợp
- BKTNS: Ban Kinh tế - Ngân sách HĐND tỉnh
> end

> file bang.csv
\xef\xbb\xbfSTT;Nội dung nhiệm vụ;Đơn vị chủ trì;Đơn vị phối hợp;Thời gian hoàn thành;Ghi chú (esc)
I;CÔNG TÁC KỲ HỌP;;;;
1;"Kỳ họp giữa năm
Dự kiến 3 ngày";Phòng Tổng hợp;Ban KT-NS, Sở Tư pháp;Quý II/2021;
1.1;Dự thảo chương trình;Phòng Tổng hợp;;10/6/2021;
2;Tiếp công dân;Phòng Tổng hợp;;Thường xuyên;Thường xuyên
3;Giám sát chuyên đề;Phong Tong hop;;Sau kỳ họp;Phối hợp với các Ban khi cần.
> end

$ workplan import bang.csv --dry-run
bang.csv: tiêu đề ở dòng 1, 5 dòng, 1 mảng, 4 nhiệm vụ.
Đơn vị đối chiếu với plan.md (2 đơn vị).
Đơn vị mới (1), mã đề xuất:
  dòng 3: Sở Tư pháp → STP
Ô không đọc được (1):
  dòng 6, cột “Thời gian hoàn thành”: không đọc được “Sau kỳ họp” thành một hạn; giữ nguyên chữ ở due-words
Chạy thử: chưa ghi tệp nào.
? 0

$ workplan import bang.csv -o ke-hoach-2021.md
bang.csv: tiêu đề ở dòng 1, 5 dòng, 1 mảng, 4 nhiệm vụ.
Đơn vị đối chiếu với plan.md (2 đơn vị).
Đơn vị mới (1), mã đề xuất:
  dòng 3: Sở Tư pháp → STP
Ô không đọc được (1):
  dòng 6, cột “Thời gian hoàn thành”: không đọc được “Sau kỳ họp” thành một hạn; giữ nguyên chữ ở due-words
Đã tạo ke-hoach-2021.md; kiểm tra bằng: workplan check ke-hoach-2021.md
? 0

$ workplan check ke-hoach-2021.md
ke-hoach-2021.md: không có vấn đề nào (4 nhiệm vụ).
? 0

# The list shows the table's words beside the due date they give, or in its place.
$ workplan list ke-hoach-2021.md
Kế hoạch công tác năm 2021

## CÔNG TÁC KỲ HỌP
[ ] T1  Kỳ họp giữa năm  (TH, +BKTNS, +STP; hạn 30/06/2021 (Quý II/2021); QUÁ HẠN)
  [ ] T1.1  Dự thảo chương trình  (TH; hạn 10/06/2021; QUÁ HẠN)
[ ] T2  Tiếp công dân  (TH; hạn Thường xuyên; tag:Thường_xuyên)
[ ] T3  Giám sát chuyên đề  (TH; hạn Sau kỳ họp)

4/4 nhiệm vụ.
? 0

= file ke-hoach-2021.md
# Kế hoạch công tác năm 2021

Nhập từ bảng bang.csv.

## Đơn vị
- TH: Phòng Tổng hợp
- BKTNS: Ban Kinh tế - Ngân sách HĐND tỉnh
- STP: Sở Tư pháp

## CÔNG TÁC KỲ HỌP
- [ ] Kỳ họp giữa năm  id:T1 lead:TH with:BKTNS,STP due:2021-06-30 due-words:Quý_II/2021
  Dự kiến 3 ngày
  - [ ] Dự thảo chương trình  id:T1.1 lead:TH due:2021-06-10
- [ ] Tiếp công dân  id:T2 lead:TH due-words:Thường_xuyên tag:Thường_xuyên
- [ ] Giám sát chuyên đề  id:T3 lead:TH due-words:Sau_kỳ_họp
  Phối hợp với các Ban khi cần.
= end

# The plan is never written over; the table's name with .md is the default.
$ workplan import bang.csv -o ke-hoach-2021.md
! workplan: đã có tệp hoặc thư mục tại "ke-hoach-2021.md"; không ghi đè
? 1

$ workplan import khong-co.xlsx
! workplan: không tìm thấy tệp "khong-co.xlsx" hoặc thư mục chứa nó
? 1

> file ghi-chu.txt
Danh sách cán bộ
Họ tên, tuổi
> end

$ workplan import ghi-chu.txt --lang en
! workplan: no task column in ghi-chu.txt (a header row with "Nội dung nhiệm vụ", "Nội dung", "Nhiệm vụ" or "Task")
? 1

> file bang.xlsx
not a zip
> end

$ workplan import bang.xlsx
! workplan: không đọc được bảng tính bang.xlsx: tệp bị hỏng (zip)
? 1
