# When the plan declares units, lead: and with: must name declared units (any case);
# an undeclared code is a usage error that lists the declared ones.

> file plan.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Mảng
- [ ] Việc  id:A1 lead:TH
> end

$ workplan set A1 lead:XYZ
! workplan: đơn vị "XYZ" chưa được khai báo; các đơn vị: TH, HC
? 2
= unchanged plan.md

$ workplan set A1 with:HC,ABC --lang en
! workplan: unit "ABC" is not declared; the units are: TH, HC
? 2
= unchanged plan.md

# Codes are matched in any case and written as the units section declares them, so that
# the edit does not make a problem for `check`.
$ workplan set A1 with:hc lead:th
plan.md:8
- - [ ] Việc  id:A1 lead:TH
+ - [ ] Việc  id:A1 lead:TH with:HC
? 0

$ workplan add --under A1 "Việc con" lead:hc with:Th
plan.md:9
+   - [ ] Việc con  id:A1.1 lead:HC with:TH
? 0

$ workplan check
plan.md: không có vấn đề nào (2 nhiệm vụ).
? 0

# A plan without a units section accepts any code.
> file tu-do.md
# Kế hoạch
## Mảng
- [ ] Việc  id:B1
> end

$ workplan set --file tu-do.md B1 lead:XYZ with:ABC,DEF
tu-do.md:3
- - [ ] Việc  id:B1
+ - [ ] Việc  id:B1 lead:XYZ with:ABC,DEF
? 0

$ workplan check tu-do.md
tu-do.md: không có vấn đề nào (1 nhiệm vụ).
? 0

# Every field is read as the interface's field editor (c) reads it: dates as typed, person
# handles as declared, words with spaces for the output, lists with commas.
> file nguoi.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp

## Người theo dõi
- nam: Lê Văn Nam, Chuyên viên, TH

## Mảng
- [ ] Việc  id:C1 lead:TH
> end

$ workplan set --file nguoi.md C1 person:Nam "product:Báo cáo thẩm tra" "tag:kỳ họp,giữa năm" start:5/7
nguoi.md:10
- - [ ] Việc  id:C1 lead:TH
+ - [ ] Việc  id:C1 lead:TH person:nam product:Báo_cáo_thẩm_tra tag:kỳ_họp,giữa_năm start:2021-07-05
? 0

$ workplan set --file nguoi.md C1 person:hoa
! workplan: người theo dõi "hoa" chưa được khai báo; có: nam
? 2
= file nguoi.md
# Kế hoạch

## Đơn vị
- TH: Phòng Tổng hợp

## Người theo dõi
- nam: Lê Văn Nam, Chuyên viên, TH

## Mảng
- [ ] Việc  id:C1 lead:TH person:nam product:Báo_cáo_thẩm_tra tag:kỳ_họp,giữa_năm start:2021-07-05
= end
