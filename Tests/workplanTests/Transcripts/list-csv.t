# --format csv: a table for a spreadsheet. It starts with a UTF-8 byte-order mark (Excel on a
# Vietnamese Windows reads a file without one as mojibake); the header is in the language
# (Vietnamese unless --lang en); every field has its column: units, persons, ISO dates (which
# Excel takes as dates), progress, overdue as 1 or 0, tags, the assigning document and the
# output (words with spaces), the counted results, the dated entries (one a line in the
# cell), the note and any other key. RFC 4180: CRLF line ends, a field holding a comma, a quote
# or a line break is quoted, quotes doubled.

> copy small-plan.md plan.md

$ workplan list --format csv
\\xef\xbb\xbfMã,Trạng thái,Mảng,Cấp,Nhiệm vụ,Chủ trì,Phối hợp,Người theo dõi,Bắt đầu,Hạn,Hoàn thành,Tiến độ,Quá hạn,Thẻ,Văn bản giao,Ngày văn bản,Sản phẩm,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Mục ghi,Ghi chú,Trường khác,Dòng\r (esc)
KH1,chưa thực hiện,Chuẩn bị các kỳ họp,0,Kỳ họp thường lệ giữa năm,TH,"HC, CTDB",,,2021-07-10,,,1,,,,,,,,,,,,11\r (esc)
KH1.1,hoàn thành,Chuẩn bị các kỳ họp,1,Dự thảo chương trình kỳ họp,TH,,,,2021-06-20,2021-06-18,,0,,,,,,,,,,,,12\r (esc)
KH1.2,đang thực hiện,Chuẩn bị các kỳ họp,1,"Chuẩn bị cơ sở vật chất, hậu cần",HC,,,2021-06-01,2021-07-05,,,1,,,,,,,,,,Đã đặt hội trường; còn thiếu máy chiếu.,,13\r (esc)
KH2,chưa thực hiện,Chuẩn bị các kỳ họp,0,Kỳ họp cuối năm,TH,,,,2021-12-10,,,0,,,,,,,,,,,,15\r (esc)
TX1,đang thực hiện,Nhiệm vụ thường xuyên,0,"Tiếp nhận, phân loại, tham mưu xử lý đơn thư",CTDB,,,,,,121/127,0,,,,,,,,,,,,18\r (esc)
TX2,hủy bỏ,Nhiệm vụ thường xuyên,0,"Hội nghị ""Tiếp xúc cử tri"" trực tuyến",CTDB,,,,,,,0,,,,,,,,,,,,19\r (esc)
TX3,tạm hoãn,Nhiệm vụ thường xuyên,0,Rà soát quy chế làm việc,TH,,,,2021-09-30,,,0,,,,,,,,,,,room:P2,20\r (esc)
TX4,vướng mắc,Nhiệm vụ thường xuyên,0,Số hóa hồ sơ lưu trữ,HC,,,,,,40%,0,so-hoa,,,,,,,,,,,21\r (esc)
? 0

# Nothing found: the header alone.
$ workplan list --format csv --status blocked --lead TH
\\xef\xbb\xbfMã,Trạng thái,Mảng,Cấp,Nhiệm vụ,Chủ trì,Phối hợp,Người theo dõi,Bắt đầu,Hạn,Hoàn thành,Tiến độ,Quá hạn,Thẻ,Văn bản giao,Ngày văn bản,Sản phẩm,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Mục ghi,Ghi chú,Trường khác,Dòng\r (esc)
? 0

$ workplan list --format csv --lang en --status blocked
\\xef\xbb\xbfId,Status,Track,Level,Task,Lead,With,Followed by,Start,Due,Done,Progress,Overdue,Tags,Assigned by,Document's date,Output,Received,Eligible,Handled,Counted in,Entries,Note,Other fields,Line\r (esc)
TX4,blocked,Nhiệm vụ thường xuyên,0,Số hóa hồ sơ lưu trữ,HC,,,,,,40%,0,so-hoa,,,,,,,,,,,21\r (esc)
? 0

# Every field of a task, each in its column.
> file rich.md
# Kế hoạch thử năm 2021

## Đơn vị
- TTDN: Phòng Thông tin - Dân nguyện
- BPC: Ban Pháp chế

## Người theo dõi
- linh: Võ Thị Linh, Chuyên viên, TTDN

## Nhiệm vụ thường xuyên
- [/] Tiếp công dân định kỳ  id:TX1 lead:TTDN with:BPC person:linh start:2021-01-05 due:2021-12-31 tag:tiep-cong-dan,dinh_ky doc:12/TB-HĐND doc-date:2021-01-04 product:Báo_cáo_tháng owner:anh.Nam
  Mỗi tháng một buổi; ghi theo ngày.
  - 2021-01-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc
  - 2021-02-19: 1 buổi tiếp công dân, 4 lượt công dân, 2 vụ việc
- [x] Tổng kết đơn thư năm 2020  id:TX2 lead:TTDN due:2021-01-15 done:2021-01-14 received:132 eligible:127 handled:121 unit:đơn
> end

$ workplan list --file rich.md --format csv
\\xef\xbb\xbfMã,Trạng thái,Mảng,Cấp,Nhiệm vụ,Chủ trì,Phối hợp,Người theo dõi,Bắt đầu,Hạn,Hoàn thành,Tiến độ,Quá hạn,Thẻ,Văn bản giao,Ngày văn bản,Sản phẩm,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Mục ghi,Ghi chú,Trường khác,Dòng\r (esc)
TX1,đang thực hiện,Nhiệm vụ thường xuyên,0,Tiếp công dân định kỳ,TTDN,BPC,linh,2021-01-05,2021-12-31,,,0,"tiep-cong-dan, dinh ky",12/TB-HĐND,2021-01-04,Báo cáo tháng,,,,,"2021-01-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc
2021-02-19: 1 buổi tiếp công dân, 4 lượt công dân, 2 vụ việc",Mỗi tháng một buổi; ghi theo ngày.,owner:anh.Nam,11\r (esc)
TX2,hoàn thành,Nhiệm vụ thường xuyên,0,Tổng kết đơn thư năm 2020,TTDN,,,,2021-01-15,2021-01-14,,0,,,,,132,127,121,đơn,,,,15\r (esc)
? 0
