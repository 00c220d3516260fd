# `report --format markdown`: a table per track, then the quantitative results.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06 --format markdown
# Báo cáo tình hình thực hiện kế hoạch

**Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh**

Tính đến ngày 06/07/2021

| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Quá hạn | Tỷ lệ hoàn thành |
| --- | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 1 | 1 | 25% |
| Nhiệm vụ thường xuyên | 4 | 0 | 1 | 0 | 0% |
| **Toàn kế hoạch** | 8 | 1 | 2 | 1 | 14,3% |

## Kết quả định lượng

### Nhiệm vụ thường xuyên

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
- TX4 Số hóa hồ sơ lưu trữ: 40%
? 0

# A "|" in a track title is escaped in the table; a plan without progress has no results
# section; tasks before the first track are shown under "(Không thuộc mảng nào)".
> file other.md
- [x] Việc đầu tệp  id:A0
# Kế hoạch khác
## Văn bản | Tài liệu
- [x] Việc một  id:A1
- [ ] Việc hai  id:A2 due:2021-01-01
- [-] Việc ba  id:A3
> end

$ workplan report other.md --as-of 2021-03-01 --format markdown
# Báo cáo tình hình thực hiện kế hoạch

**Kế hoạch khác**

Tính đến ngày 01/03/2021

| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Quá hạn | Tỷ lệ hoàn thành |
| --- | ---: | ---: | ---: | ---: | ---: |
| (Không thuộc mảng nào) | 1 | 1 | 0 | 0 | 100% |
| Văn bản \| Tài liệu | 3 | 1 | 0 | 1 | 50% |
| **Toàn kế hoạch** | 4 | 2 | 0 | 1 | 66,7% |
? 0
