# Persons are declared once, like units (handle: full name, title, unit), and a task names who
# follows it with person:. `check` reports a handle not declared, at its column; `list` takes
# --person, --mine (who WORKPLAN_USER says I am) and --unit (a unit that leads or coordinates);
# search finds person and unit names; the report counts by person.

> file plan.md
# Kế hoạch thử năm 2021

## Đơn vị
- TH: Phòng Tổng hợp
- HC: Phòng Hành chính

## Người theo dõi
- nam: Nguyễn Văn Nam, Chuyên viên, TH
- hoa: Trần Thị Hoa, Phó Trưởng phòng, HC

## Kỳ họp
- [x] Dự thảo chương trình  id:A1 lead:TH person:nam due:2021-06-20 done:2021-06-18
- [/] Chuẩn bị hội trường  id:A2 lead:HC with:TH person:hoa,nam due:2021-07-05
- [ ] Gửi tài liệu  id:A3 lead:TH person:minh due:2021-11-20
- [ ] Việc chưa giao  id:A4 lead:HC due:2021-12-01
> end

$ workplan check
plan.md:14:42: người theo dõi "minh" chưa được khai báo trong mục Người theo dõi
? 1

$ workplan list --person nam
Kế hoạch thử năm 2021

## Kỳ họp
[x] A1  Dự thảo chương trình  (TH; theo dõi nam; hạn 20/06/2021; xong 18/06/2021)
[/] A2  Chuẩn bị hội trường  (HC, +TH; theo dõi hoa, nam; hạn 05/07/2021; QUÁ HẠN)

2/4 nhiệm vụ.
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan list --mine
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
! workplan: chưa biết bạn là ai: đặt user trong tệp cấu hình (docs/config.md) hoặc WORKPLAN_USER là tên viết tắt của bạn trong mục Người theo dõi (ví dụ WORKPLAN_USER=nam)
? 2

@ env WORKPLAN_USER=hoa
$ workplan list --mine
Kế hoạch thử năm 2021

## Kỳ họp
[/] A2  Chuẩn bị hội trường  (HC, +TH; theo dõi hoa, nam; hạn 05/07/2021; QUÁ HẠN)

1/4 nhiệm vụ.
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan list --person nma
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
! workplan: kế hoạch không có người theo dõi "nma"; có: nam, hoa
? 2

$ workplan list --unit TH --search "tran thi hoa"
Kế hoạch thử năm 2021

## Kỳ họp
[/] A2  Chuẩn bị hội trường  (HC, +TH; theo dõi hoa, nam; hạn 05/07/2021; QUÁ HẠN)

1/4 nhiệm vụ.
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0

$ workplan report --format markdown
# Báo cáo tình hình thực hiện kế hoạch

**Kế hoạch thử năm 2021**

Tính đến ngày 29/10/2021

## I. Kết quả thực hiện nhiệm vụ

| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Chưa thực hiện | Hoàn thành / tổng số |
| --- | ---: | ---: | ---: | ---: | ---: |
| Kỳ họp | 4 | 1 | 1 | 2 | 25% |
| **Toàn kế hoạch** | 4 | 1 | 1 | 2 | 25% |

### Theo hạn

| Mảng công tác | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Kỳ họp | 4 | 1 | 0 | 2 | 1 | 0 | 50% | 50% |
| **Toàn kế hoạch** | 4 | 1 | 0 | 2 | 1 | 0 | 50% | 50% |

### Theo đơn vị chủ trì

| Đơn vị | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| TH Phòng Tổng hợp | 2 | 1 | 0 | 1 | 0 | 0 | 100% | 100% |
| HC Phòng Hành chính | 2 | 0 | 0 | 1 | 1 | 0 | 0% | 0% |

### Theo người theo dõi

| Người theo dõi | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| Nguyễn Văn Nam (nam) | 2 | 1 | 0 | 0 | 1 | 0 | 50% | 50% |
| Trần Thị Hoa (hoa) | 1 | 0 | 0 | 0 | 1 | 0 | 0% | 0% |
| minh | 1 | 0 | 0 | 1 | 0 | 0 | — | — |
| (Chưa có người theo dõi) | 1 | 0 | 0 | 1 | 0 | 0 | — | — |

## II. Kết luận, chỉ đạo tại các cuộc họp

Không có cuộc họp nào trong kỳ báo cáo.

## III. Nhiệm vụ chưa hoàn thành

**1. Kỳ họp**

- A2 Chuẩn bị hội trường (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn 116 ngày, 82 ngày làm việc)
- A3 Gửi tài liệu (chủ trì TH; hạn 20/11/2021; chưa thực hiện)
- A4 Việc chưa giao (chủ trì HC; hạn 01/12/2021; chưa thực hiện)
! workplan: plan.md có 1 vấn đề; xem bằng: workplan check plan.md
? 0
