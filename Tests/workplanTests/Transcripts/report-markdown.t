# `report --format markdown`: the same sections, the numbers in tables: the tracks by status
# (a column for each status that occurs), the tracks and the lead units by deadline; then the
# quantitative results, the decisions, the open tasks.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06 --format markdown
# Báo cáo tình hình thực hiện kế hoạch

**Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh**

Tính đến ngày 06/07/2021

## I. Kết quả thực hiện nhiệm vụ

| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Chưa thực hiện | Tạm hoãn | Vướng mắc | Hủy bỏ | Hoàn thành / tổng số |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 1 | 2 | 0 | 0 | 0 | 25% |
| Nhiệm vụ thường xuyên | 4 | 0 | 1 | 0 | 1 | 1 | 1 | 0% |
| **Toàn kế hoạch** | 8 | 1 | 2 | 2 | 1 | 1 | 1 | 14,3% |

### Theo hạn

| Mảng công tác | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 0 | 2 | 1 | 0 | 50% | 50% |
| Nhiệm vụ thường xuyên | 4 | 0 | 0 | 0 | 0 | 4 | — | — |
| **Toàn kế hoạch** | 8 | 1 | 0 | 2 | 1 | 4 | 50% | 50% |

### Theo đơn vị chủ trì

| Đơn vị | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| TH Phòng Tổng hợp | 4 | 1 | 0 | 2 | 0 | 1 | 100% | 100% |
| HC Phòng Hành chính - Tổ chức - Quản trị | 2 | 0 | 0 | 0 | 1 | 1 | 0% | 0% |
| CTDB Phòng Công tác đại biểu | 2 | 0 | 0 | 0 | 0 | 2 | — | — |

### Kết quả định lượng

**2. Nhiệm vụ thường xuyên**

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
- TX4 Số hóa hồ sơ lưu trữ: 40%

## II. Kết luận, chỉ đạo tại các cuộc họp

Không có cuộc họp nào trong kỳ báo cáo.

## III. Nhiệm vụ chưa hoàn thành

**1. Chuẩn bị các kỳ họp**

- KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện)
  - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn 1 ngày, 1 ngày làm việc)
- KH2 Kỳ họp cuối năm (chủ trì TH; hạn 10/12/2021; chưa thực hiện)

**2. Nhiệm vụ thường xuyên**

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (chủ trì CTDB; đang thực hiện)
- TX3 Rà soát quy chế làm việc (chủ trì TH; hạn 30/09/2021; tạm hoãn)
- TX4 Số hóa hồ sơ lưu trữ (chủ trì HC; vướng mắc)
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

## I. Kết quả thực hiện nhiệm vụ

| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Chưa thực hiện | Hủy bỏ | Hoàn thành / tổng số |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| (Không thuộc mảng nào) | 1 | 1 | 0 | 0 | 0 | 100% |
| Văn bản \| Tài liệu | 3 | 1 | 0 | 1 | 1 | 50% |
| **Toàn kế hoạch** | 4 | 2 | 0 | 1 | 1 | 66,7% |

### Theo hạn

| Mảng công tác | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| (Không thuộc mảng nào) | 1 | 0 | 0 | 0 | 0 | 1 | — | — |
| Văn bản \| Tài liệu | 3 | 0 | 0 | 0 | 1 | 2 | 0% | 0% |
| **Toàn kế hoạch** | 4 | 0 | 0 | 0 | 1 | 3 | 0% | 0% |

## II. Kết luận, chỉ đạo tại các cuộc họp

Không có cuộc họp nào trong kỳ báo cáo.

## III. Nhiệm vụ chưa hoàn thành

**2. Văn bản | Tài liệu**

- A2 Việc hai (hạn 01/01/2021; chưa thực hiện; quá hạn 59 ngày, 36 ngày làm việc)
? 0

