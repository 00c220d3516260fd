# Without ./plan.md and without $WORKPLAN_FILE, the first command makes a copy of the
# built-in plan in the data folder ($XDG_DATA_HOME/workplan/plan.md) and says so once,
# on standard error.

$ workplan check
{tmp}/data/workplan/plan.md: không có vấn đề nào (122 nhiệm vụ).
! workplan: chưa có tệp kế hoạch; đã tạo bản sao kế hoạch mẫu năm 2021 tại {tmp}/data/workplan/plan.md
? 0

# The second command uses the copy without a word.
$ workplan check
{tmp}/data/workplan/plan.md: không có vấn đề nào (122 nhiệm vụ).
? 0

# Nothing is written to the working folder.
= absent plan.md

# Edits go to the copy.
$ workplan done KH5.3
{tmp}/data/workplan/plan.md:94
-   - [ ] Gửi tài liệu kỳ họp đến đại biểu HĐND tỉnh  id:KH5.3 lead:TH with:HC person:nam due:2021-11-05
+   - [x] Gửi tài liệu kỳ họp đến đại biểu HĐND tỉnh  id:KH5.3 lead:TH with:HC person:nam due:2021-11-05 done:2021-10-29
? 0

$ workplan list --search "gui tai lieu ky hop"
Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh

## Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
  [x] KH5.3  Gửi tài liệu kỳ họp đến đại biểu HĐND tỉnh  (TH, +HC; theo dõi nam; hạn 05/11/2021; xong 29/10/2021)

1/122 nhiệm vụ.
? 0
= absent plan.md

# Once ./plan.md exists, it is used instead.
> file plan.md
# Kế hoạch riêng
- [ ] Việc riêng  id:R1
> end

$ workplan list
Kế hoạch riêng

## (Không thuộc mảng nào)
[ ] R1  Việc riêng

1/1 nhiệm vụ.
? 0
