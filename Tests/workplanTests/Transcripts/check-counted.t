# The counted-result fields (received:, eligible:, handled:, unit:). `check` reports a count
# that is not a whole number in ASCII digits (no sign, no decimal, no thousands separator, at
# most 9 digits), a count above the one it is part of (eligible above received; handled above
# eligible, or above received without eligible) and a unit: without any count, each at the
# field's column in characters, and exits with 1.

> file plan.md
# Kế hoạch đơn thư

## Đơn thư
- [x] Tổng kết đơn thư năm 2020  id:D1 received:132 eligible:127 handled:121 unit:đơn
- [/] Tiếp nhận đơn thư quý I  id:D2 received:abc eligible:12.5 handled:-3 unit:đơn
- [/] Xử lý đơn thư quý II  id:D3 received:1.234 eligible:127 handled:140 unit:đơn
- [/] Xử lý đơn thư quý III  id:D4 received:100 eligible:120 handled:90
- [/] Giải quyết kiến nghị  id:D5 received:50 handled:60 unit:kiến_nghị
- [ ] Lập hồ sơ  id:D6 unit:hồ_sơ
> end

$ workplan check
plan.md:5:38: số đếm không hợp lệ "abc" ở trường received (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:5:51: số đếm không hợp lệ "12.5" ở trường eligible (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:5:65: số đếm không hợp lệ "-3" ở trường handled (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:6:35: số đếm không hợp lệ "1.234" ở trường received (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:6:63: đã xử lý 140 lớn hơn số đủ điều kiện 127
plan.md:7:49: số đủ điều kiện 120 lớn hơn số tiếp nhận 100
plan.md:8:47: đã xử lý 60 lớn hơn số tiếp nhận 50
plan.md:9:24: unit: chỉ có nghĩa khi dòng có received:, eligible: hoặc handled:
? 1

$ workplan check --lang en
plan.md:5:38: invalid count "abc" in field received (expected a whole number from 0, digits only, no separators, at most 9 digits)
plan.md:5:51: invalid count "12.5" in field eligible (expected a whole number from 0, digits only, no separators, at most 9 digits)
plan.md:5:65: invalid count "-3" in field handled (expected a whole number from 0, digits only, no separators, at most 9 digits)
plan.md:6:35: invalid count "1.234" in field received (expected a whole number from 0, digits only, no separators, at most 9 digits)
plan.md:6:63: handled 140 is more than eligible 127
plan.md:7:49: eligible 120 is more than received 100
plan.md:8:47: handled 60 is more than received 50
plan.md:9:24: unit: means something only on a line with received:, eligible: or handled:
? 1

# The report passes over the bad counts (D2 has none left, D3 no received), writes the counts
# that disagree as they are but tells no share above 100% (D3, D5), and warns on stderr.
$ workplan report
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch đơn thư
Tính đến ngày 29/10/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Đơn thư
   Tổng số 6 nhiệm vụ: hoàn thành 1, đang thực hiện 4, chưa thực hiện 1; hoàn thành 16,7% tổng số.
   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 6).
   - D1 Tổng kết đơn thư năm 2020: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)
   - D3 Xử lý đơn thư quý II: 127 đơn đủ điều kiện, đã xử lý 140 đơn
   - D4 Xử lý đơn thư quý III: tiếp nhận 100, 120 đủ điều kiện, đã xử lý 90 (đạt 75%)
   - D5 Giải quyết kiến nghị: tiếp nhận 50 kiến nghị, đã xử lý 60 kiến nghị

Toàn kế hoạch
   Tổng số 6 nhiệm vụ: hoàn thành 1, đang thực hiện 4, chưa thực hiện 1; hoàn thành 16,7% tổng số.
   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 6).

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Đơn thư
   - D2 Tiếp nhận đơn thư quý I (đang thực hiện)
   - D3 Xử lý đơn thư quý II (đang thực hiện)
   - D4 Xử lý đơn thư quý III (đang thực hiện)
   - D5 Giải quyết kiến nghị (đang thực hiện)
   - D6 Lập hồ sơ (chưa thực hiện)
! workplan: plan.md có 8 vấn đề; xem bằng: workplan check plan.md
? 0

# `set` refuses a count that is not a whole number, like a bad date: a usage error (exit 2),
# the file untouched.
$ workplan set D1 received:abc
! workplan: plan.md có 8 vấn đề; xem bằng: workplan check plan.md
! workplan: giá trị "abc" không hợp lệ cho trường received
? 2
= unchanged plan.md

$ workplan set D1 handled:1.234 --lang en
! workplan: plan.md has 8 problems; see them with: workplan check plan.md
! workplan: "1.234" is not a valid value for the field handled
? 2
= unchanged plan.md

$ workplan set D1 eligible:-3
! workplan: plan.md có 8 vấn đề; xem bằng: workplan check plan.md
! workplan: giá trị "-3" không hợp lệ cho trường eligible
? 2
= unchanged plan.md

# A good number is written even when the line's counts then disagree; `check` reports it.
$ workplan set D1 handled:130
plan.md:4
- - [x] Tổng kết đơn thư năm 2020  id:D1 received:132 eligible:127 handled:121 unit:đơn
+ - [x] Tổng kết đơn thư năm 2020  id:D1 received:132 eligible:127 handled:130 unit:đơn
! workplan: plan.md có 8 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan check
plan.md:4:66: đã xử lý 130 lớn hơn số đủ điều kiện 127
plan.md:5:38: số đếm không hợp lệ "abc" ở trường received (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:5:51: số đếm không hợp lệ "12.5" ở trường eligible (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:5:65: số đếm không hợp lệ "-3" ở trường handled (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:6:35: số đếm không hợp lệ "1.234" ở trường received (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)
plan.md:6:63: đã xử lý 140 lớn hơn số đủ điều kiện 127
plan.md:7:49: số đủ điều kiện 120 lớn hơn số tiếp nhận 100
plan.md:8:47: đã xử lý 60 lớn hơn số tiếp nhận 50
plan.md:9:24: unit: chỉ có nghĩa khi dòng có received:, eligible: hoặc handled:
? 1

# Each line is mended through the command line; the problems go as the lines are rewritten.
$ workplan set D1 handled:121
plan.md:4
- - [x] Tổng kết đơn thư năm 2020  id:D1 received:132 eligible:127 handled:130 unit:đơn
+ - [x] Tổng kết đơn thư năm 2020  id:D1 received:132 eligible:127 handled:121 unit:đơn
! workplan: plan.md có 9 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set D2 received:40 eligible:35 handled:30
plan.md:5
- - [/] Tiếp nhận đơn thư quý I  id:D2 received:abc eligible:12.5 handled:-3 unit:đơn
+ - [/] Tiếp nhận đơn thư quý I  id:D2 received:40 eligible:35 handled:30 unit:đơn
! workplan: plan.md có 8 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set D3 received:1234 handled:120
plan.md:6
- - [/] Xử lý đơn thư quý II  id:D3 received:1.234 eligible:127 handled:140 unit:đơn
+ - [/] Xử lý đơn thư quý II  id:D3 received:1234 eligible:127 handled:120 unit:đơn
! workplan: plan.md có 5 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set D4 eligible:100
plan.md:7
- - [/] Xử lý đơn thư quý III  id:D4 received:100 eligible:120 handled:90
+ - [/] Xử lý đơn thư quý III  id:D4 received:100 eligible:100 handled:90
! workplan: plan.md có 3 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set D5 received:60
plan.md:8
- - [/] Giải quyết kiến nghị  id:D5 received:50 handled:60 unit:kiến_nghị
+ - [/] Giải quyết kiến nghị  id:D5 received:60 handled:60 unit:kiến_nghị
! workplan: plan.md có 2 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan set D6 unit:
plan.md:9
- - [ ] Lập hồ sơ  id:D6 unit:hồ_sơ
+ - [ ] Lập hồ sơ  id:D6
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan check
plan.md: không có vấn đề nào (6 nhiệm vụ).
? 0
