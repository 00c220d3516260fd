# The report in English: a decimal point (95.3%) and ISO dates.

> copy small-plan.md plan.md

$ workplan report --lang en --as-of 2021-07-06
PLAN PROGRESS REPORT
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
As of 2021-07-06

1. Chuẩn bị các kỳ họp
   4 tasks; done 1 (25%); in progress 1; overdue 1; not started 2.

2. Nhiệm vụ thường xuyên
   4 tasks; done 0 (0%); in progress 1; overdue 0; postponed 1; blocked 1; cancelled 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95.3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Whole plan
   8 tasks; done 1 (14.3%); in progress 2; overdue 1; not started 2; postponed 1; blocked 1; cancelled 1.
? 0

@ env WORKPLAN_LANG=en
$ workplan report --as-of 06/07/2021 --format markdown
# Plan progress report

**Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh**

As of 2021-07-06

| Track | Total | Done | In progress | Overdue | Done (%) |
| --- | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 1 | 1 | 25% |
| Nhiệm vụ thường xuyên | 4 | 0 | 1 | 0 | 0% |
| **Whole plan** | 8 | 1 | 2 | 1 | 14.3% |

## Quantitative results

### Nhiệm vụ thường xuyên

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95.3%)
- TX4 Số hóa hồ sơ lưu trữ: 40%
? 0

# One task is "1 task", not "1 tasks".
> file one.md
# One
## Track
- [x] Only task  id:A1
> end
$ workplan report one.md --as-of 2021-07-06
PLAN PROGRESS REPORT
One
As of 2021-07-06

1. Track
   1 task; done 1 (100%); in progress 0; overdue 0.

Whole plan
   1 task; done 1 (100%); in progress 0; overdue 0.
? 0
