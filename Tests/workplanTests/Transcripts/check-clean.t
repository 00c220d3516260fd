# A clean plan passes `check` with exit status 0: the built-in plan and a small one.

$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan check
plan.md: không có vấn đề nào (122 nhiệm vụ).
? 0

$ workplan check --lang en
plan.md: no problems (122 tasks).
? 0

> copy small-plan.md nho.md
$ workplan check nho.md
nho.md: không có vấn đề nào (8 nhiệm vụ).
? 0

# Free text, deeper headings, unknown fields, links and escaped colons are not problems.
> file tu-do.md
# Kế hoạch
Đoạn văn: không phải nhiệm vụ.

### Tiêu đề cấp ba
| bảng | có | cột |
> trích dẫn

## Mảng một
- Danh sách không có ô đánh dấu.
- [ ] Xem https://example.org  id:L1 owner:anh.Nam room:P2
- [ ] Đọc tài liệu ref\:A1  id:L2
* [X] Chữ X hoa cũng là hoàn thành  id:L3 done:2021-02-28 progress:100%
+ [>] Tạm hoãn  id:L4 start:2020-02-29
> end
$ workplan check tu-do.md
tu-do.md: không có vấn đề nào (4 nhiệm vụ).
? 0
