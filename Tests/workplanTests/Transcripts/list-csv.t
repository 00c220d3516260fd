# --format csv: RFC 4180 with CRLF line ends and a header row; fields holding a comma or
# a quote are quoted, quotes doubled; ISO dates; overdue as 1 or 0.

> copy small-plan.md plan.md

$ workplan list --format csv
id,status,track,depth,title,lead,with,due,start,done,progress,overdue,line\r (esc)
KH1,not-started,Chuẩn bị các kỳ họp,0,Kỳ họp thường lệ giữa năm,TH,"HC,CTDB",2021-07-10,,,,1,11\r (esc)
KH1.1,done,Chuẩn bị các kỳ họp,1,Dự thảo chương trình kỳ họp,TH,,2021-06-20,,2021-06-18,,0,12\r (esc)
KH1.2,in-progress,Chuẩn bị các kỳ họp,1,"Chuẩn bị cơ sở vật chất, hậu cần",HC,,2021-07-05,2021-06-01,,,1,13\r (esc)
KH2,not-started,Chuẩn bị các kỳ họp,0,Kỳ họp cuối năm,TH,,2021-12-10,,,,0,15\r (esc)
TX1,in-progress,Nhiệm vụ thường xuyên,0,"Tiếp nhận, phân loại, tham mưu xử lý đơn thư",CTDB,,,,,121/127,0,18\r (esc)
TX2,cancelled,Nhiệm vụ thường xuyên,0,"Hội nghị ""Tiếp xúc cử tri"" trực tuyến",CTDB,,,,,,0,19\r (esc)
TX3,postponed,Nhiệm vụ thường xuyên,0,Rà soát quy chế làm việc,TH,,2021-09-30,,,,0,20\r (esc)
TX4,blocked,Nhiệm vụ thường xuyên,0,Số hóa hồ sơ lưu trữ,HC,,,,,40%,0,21\r (esc)
? 0

# Nothing found: the header alone.
$ workplan list --format csv --status blocked --lead TH
id,status,track,depth,title,lead,with,due,start,done,progress,overdue,line\r (esc)
? 0
