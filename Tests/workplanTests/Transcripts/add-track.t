# `add --track TEXT` adds a task at the end of the top level of the one track whose title
# contains TEXT (case and diacritics ignored), with the first free id T<n>.

> file plan.md
# Kế hoạch

## Nhiệm vụ thường xuyên
- [/] Tiếp nhận đơn thư  id:TX1
  - [ ] Phân loại đơn  id:TX1.1
- [ ] Việc có sẵn  id:T1

## Tiếp xúc cử tri

## Giám sát
Đoạn văn sau tiêu đề.
> end

$ workplan add --track "thuong xuyen" "Rà soát quy chế làm việc" lead:VP due:2021-12-20
plan.md:7
+ - [ ] Rà soát quy chế làm việc  id:T2 lead:VP due:2021-12-20
? 0

# A track without tasks gets its first one right under the heading.
$ workplan add --track "CỬ TRI" "Tổng hợp ý kiến cử tri"
plan.md:10
+ - [ ] Tổng hợp ý kiến cử tri  id:T3
? 0

$ workplan add --track giam "Giám sát chuyên đề" --lang en
plan.md:13
+ - [ ] Giám sát chuyên đề  id:T4
? 0

= file plan.md
# Kế hoạch

## Nhiệm vụ thường xuyên
- [/] Tiếp nhận đơn thư  id:TX1
  - [ ] Phân loại đơn  id:TX1.1
- [ ] Việc có sẵn  id:T1
- [ ] Rà soát quy chế làm việc  id:T2 lead:VP due:2021-12-20

## Tiếp xúc cử tri
- [ ] Tổng hợp ý kiến cử tri  id:T3

## Giám sát
- [ ] Giám sát chuyên đề  id:T4
Đoạn văn sau tiêu đề.
= end

$ workplan check
plan.md: không có vấn đề nào (6 nhiệm vụ).
? 0
