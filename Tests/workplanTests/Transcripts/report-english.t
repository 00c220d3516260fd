# The report in English: a decimal point (95.3%) and ISO dates.

> copy small-plan.md plan.md

$ workplan report --lang en --as-of 2021-07-06
PLAN PROGRESS REPORT
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
As of 2021-07-06

I. TASKS AND RESULTS

1. Chuẩn bị các kỳ họp
   4 tasks: done 1, in progress 1, not started 2; 25% of all done.
   By deadline: done on time 1, done late 0, not yet due 2, overdue 1; 50% of the tasks come due done (1 of 2), 50% on time.

2. Nhiệm vụ thường xuyên
   4 tasks: done 0, in progress 1, postponed 1, blocked 1, cancelled 1; 0% of all done.
   By deadline: no task to count (no deadline 2, postponed 1, cancelled 1).
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95.3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Whole plan
   8 tasks: done 1, in progress 2, not started 2, postponed 1, blocked 1, cancelled 1; 14.3% of all done.
   By deadline: done on time 1, done late 0, not yet due 2, overdue 1 (left out: no deadline 2, postponed 1, cancelled 1); 50% of the tasks come due done (1 of 2), 50% on time.

By lead unit
   - TH Phòng Tổng hợp: 4 tasks; done on time 1, done late 0, not yet due 2, overdue 0 (left out: postponed 1); 100% of the tasks come due done (1 of 1), 100% on time.
   - HC Phòng Hành chính - Tổ chức - Quản trị: 2 tasks; done on time 0, done late 0, not yet due 0, overdue 1 (left out: no deadline 1); 0% of the tasks come due done (0 of 1), 0% on time.
   - CTDB Phòng Công tác đại biểu: 2 tasks; no task to count (no deadline 1, cancelled 1).

II. DECISIONS OF THE MEETINGS

   No meetings were held in the period.

III. OPEN TASKS

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (lead TH; due 2021-07-10; not started)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (lead HC; due 2021-07-05; in progress; overdue 1 day, 1 working day)
   - KH2 Kỳ họp cuối năm (lead TH; due 2021-12-10; not started)

2. Nhiệm vụ thường xuyên
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (lead CTDB; in progress)
   - TX3 Rà soát quy chế làm việc (lead TH; due 2021-09-30; postponed)
   - TX4 Số hóa hồ sơ lưu trữ (lead HC; blocked)
? 0

@ env WORKPLAN_LANG=en
$ workplan report --as-of 06/07/2021 --format markdown
# Plan progress report

**Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh**

As of 2021-07-06

## I. Tasks and results

| Track | Total | Done | In progress | Not started | Postponed | Blocked | Cancelled | Done of all |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 1 | 2 | 0 | 0 | 0 | 25% |
| Nhiệm vụ thường xuyên | 4 | 0 | 1 | 0 | 1 | 1 | 1 | 0% |
| **Whole plan** | 8 | 1 | 2 | 2 | 1 | 1 | 1 | 14.3% |

### By deadline

| Track | Total | Done on time | Done late | Not yet due | Overdue | Left out | Done of come due | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Chuẩn bị các kỳ họp | 4 | 1 | 0 | 2 | 1 | 0 | 50% | 50% |
| Nhiệm vụ thường xuyên | 4 | 0 | 0 | 0 | 0 | 4 | — | — |
| **Whole plan** | 8 | 1 | 0 | 2 | 1 | 4 | 50% | 50% |

### By lead unit

| Unit | Total | Done on time | Done late | Not yet due | Overdue | Left out | Done of come due | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| TH Phòng Tổng hợp | 4 | 1 | 0 | 2 | 0 | 1 | 100% | 100% |
| HC Phòng Hành chính - Tổ chức - Quản trị | 2 | 0 | 0 | 0 | 1 | 1 | 0% | 0% |
| CTDB Phòng Công tác đại biểu | 2 | 0 | 0 | 0 | 0 | 2 | — | — |

### Quantitative results

**2. Nhiệm vụ thường xuyên**

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95.3%)
- TX4 Số hóa hồ sơ lưu trữ: 40%

## II. Decisions of the meetings

No meetings were held in the period.

## III. Open tasks

**1. Chuẩn bị các kỳ họp**

- KH1 Kỳ họp thường lệ giữa năm (lead TH; due 2021-07-10; not started)
  - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (lead HC; due 2021-07-05; in progress; overdue 1 day, 1 working day)
- KH2 Kỳ họp cuối năm (lead TH; due 2021-12-10; not started)

**2. Nhiệm vụ thường xuyên**

- TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (lead CTDB; in progress)
- TX3 Rà soát quy chế làm việc (lead TH; due 2021-09-30; postponed)
- TX4 Số hóa hồ sơ lưu trữ (lead HC; blocked)
? 0

$ workplan report --format pdf
! workplan: no format "pdf"; use text, markdown, csv, json or xlsx
? 2

# One task is "1 task", not "1 tasks"; with nothing open, section III says so.
> file one.md
# One
## Track
- [x] Only task  id:A1
> end
$ workplan report one.md --as-of 2021-07-06
PLAN PROGRESS REPORT
One
As of 2021-07-06

I. TASKS AND RESULTS

1. Track
   1 task: done 1, in progress 0; 100% of all done.
   By deadline: no task to count (no deadline 1).

Whole plan
   1 task: done 1, in progress 0; 100% of all done.
   By deadline: no task to count (no deadline 1).

II. DECISIONS OF THE MEETINGS

   No meetings were held in the period.

III. OPEN TASKS

   No tasks remain open.
? 0

