# `--format csv` and `--format json` are for programs: the same in both languages (ISO
# dates, percentages with a decimal point, statuses in English). CSV is one table whose
# `section` column says what each row is; JSON is one object. Both shapes are in docs/report.md.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06 --format csv
\\xef\xbb\xbfPhần,Mảng,Mã,Tên,Tổng số,Hoàn thành,Đang thực hiện,Quá hạn,Chưa thực hiện,Tạm hoãn,Vướng mắc,Hủy bỏ,Trạng thái không rõ,Hoàn thành sau ngày báo cáo,Tỷ lệ (%),Hoàn thành đúng hạn,Hoàn thành quá hạn,Chưa đến hạn,Không có hạn,Tỷ lệ hoàn thành nhiệm vụ đến hạn (%),Tỷ lệ đúng hạn (%),Tiến độ,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Chủ trì,Hạn,Trạng thái,Cấp,Số ngày quá hạn,Số ngày làm việc quá hạn,Ngày,Cuộc họp,Kết luận,Phụ trách,Số lần ghi,Số,Trên tổng,Được gia hạn,Gia hạn từ,Gia hạn đến\r (esc)
track,Chuẩn bị các kỳ họp,,,4,1,1,1,2,0,0,0,0,0,25,1,0,2,0,50,50,,,,,,,,,,,,,,,,,,,0,,\r (esc)
track,Nhiệm vụ thường xuyên,,,4,0,1,0,0,1,1,1,0,0,0,0,0,0,2,,,,,,,,,,,,,,,,,,,,,0,,\r (esc)
total,,,,8,1,2,1,2,1,1,1,0,0,14.3,1,0,2,2,50,50,,,,,,,,,,,,,,,,,,,0,,\r (esc)
unit,,TH,Phòng Tổng hợp,4,1,0,0,2,1,0,0,0,0,25,1,0,2,0,100,100,,,,,,,,,,,,,,,,,,,0,,\r (esc)
unit,,HC,Phòng Hành chính - Tổ chức - Quản trị,2,0,1,1,0,0,1,0,0,0,0,0,0,0,1,0,0,,,,,,,,,,,,,,,,,,,0,,\r (esc)
unit,,CTDB,Phòng Công tác đại biểu,2,0,1,0,0,0,0,1,0,0,0,0,0,0,1,,,,,,,,,,,,,,,,,,,,,0,,\r (esc)
result,Nhiệm vụ thường xuyên,TX1,"Tiếp nhận, phân loại, tham mưu xử lý đơn thư",,,,,,,,,,,95.3,,,,,,,121/127,,,,,,,,,,,,,,,,,,,,\r (esc)
result,Nhiệm vụ thường xuyên,TX4,Số hóa hồ sơ lưu trữ,,,,,,,,,,,40,,,,,,,40%,,,,,,,,,,,,,,,,,,,,\r (esc)
open,Chuẩn bị các kỳ họp,KH1,Kỳ họp thường lệ giữa năm,,,,0,,,,,,,,,,,,,,,,,,,TH,2021-07-10,not-started,0,,,,,,,,,,,,\r (esc)
open,Chuẩn bị các kỳ họp,KH1.2,"Chuẩn bị cơ sở vật chất, hậu cần",,,,1,,,,,,,,,,,,,,,,,,,HC,2021-07-05,in-progress,1,1,1,,,,,,,,,,\r (esc)
open,Chuẩn bị các kỳ họp,KH2,Kỳ họp cuối năm,,,,0,,,,,,,,,,,,,,,,,,,TH,2021-12-10,not-started,0,,,,,,,,,,,,\r (esc)
open,Nhiệm vụ thường xuyên,TX1,"Tiếp nhận, phân loại, tham mưu xử lý đơn thư",,,,0,,,,,,,,,,,,,,,,,,,CTDB,,in-progress,0,,,,,,,,,,,,\r (esc)
open,Nhiệm vụ thường xuyên,TX3,Rà soát quy chế làm việc,,,,0,,,,,,,,,,,,,,,,,,,TH,2021-09-30,postponed,0,,,,,,,,,,,,\r (esc)
open,Nhiệm vụ thường xuyên,TX4,Số hóa hồ sơ lưu trữ,,,,0,,,,,,,,,,,,,,,,,,,HC,,blocked,0,,,,,,,,,,,,\r (esc)
? 0

$ workplan report --lang en --period quarter --as-of 2021-07-06 --format json
{
  "title": "Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh",
  "asOf": "2021-07-06",
  "period": {
    "kind": "quarter",
    "from": "2021-07-01",
    "to": "2021-09-30"
  },
  "tracks": [
    {
      "title": "Chuẩn bị các kỳ họp",
      "total": 2,
      "done": 0,
      "inProgress": 1,
      "notStarted": 1,
      "postponed": 0,
      "blocked": 0,
      "cancelled": 0,
      "unknown": 0,
      "doneLater": 0,
      "donePercent": 0,
      "doneOnTime": 0,
      "doneLate": 0,
      "notYetDue": 1,
      "overdue": 1,
      "noDeadline": 0,
      "comeDue": 1,
      "dueRate": 0,
      "onTimeRate": 0,
      "extended": 0,
      "results": [],
      "open": [
        {
          "id": "KH1",
          "title": "Kỳ họp thường lệ giữa năm",
          "lead": "TH",
          "due": "2021-07-10",
          "status": "not-started",
          "overdue": false,
          "level": 0
        },
        {
          "id": "KH1.2",
          "title": "Chuẩn bị cơ sở vật chất, hậu cần",
          "lead": "HC",
          "due": "2021-07-05",
          "status": "in-progress",
          "overdue": true,
          "daysOverdue": 1,
          "workingDaysOverdue": 1,
          "level": 1
        }
      ]
    },
    {
      "title": "Nhiệm vụ thường xuyên",
      "total": 1,
      "done": 0,
      "inProgress": 0,
      "notStarted": 0,
      "postponed": 1,
      "blocked": 0,
      "cancelled": 0,
      "unknown": 0,
      "doneLater": 0,
      "donePercent": 0,
      "doneOnTime": 0,
      "doneLate": 0,
      "notYetDue": 0,
      "overdue": 0,
      "noDeadline": 0,
      "comeDue": 0,
      "dueRate": null,
      "onTimeRate": null,
      "extended": 0,
      "results": [],
      "open": [
        {
          "id": "TX1",
          "title": "Tiếp nhận, phân loại, tham mưu xử lý đơn thư",
          "lead": "CTDB",
          "status": "in-progress",
          "overdue": false,
          "level": 0
        },
        {
          "id": "TX3",
          "title": "Rà soát quy chế làm việc",
          "lead": "TH",
          "due": "2021-09-30",
          "status": "postponed",
          "overdue": false,
          "level": 0
        },
        {
          "id": "TX4",
          "title": "Số hóa hồ sơ lưu trữ",
          "lead": "HC",
          "status": "blocked",
          "overdue": false,
          "level": 0
        }
      ]
    }
  ],
  "total": {
    "total": 3,
    "done": 0,
    "inProgress": 1,
    "notStarted": 1,
    "postponed": 1,
    "blocked": 0,
    "cancelled": 0,
    "unknown": 0,
    "doneLater": 0,
    "donePercent": 0,
    "doneOnTime": 0,
    "doneLate": 0,
    "notYetDue": 1,
    "overdue": 1,
    "noDeadline": 0,
    "comeDue": 1,
    "dueRate": 0,
    "onTimeRate": 0,
    "extended": 0
  },
  "units": [
    {
      "code": "TH",
      "name": "Phòng Tổng hợp",
      "total": 2,
      "done": 0,
      "inProgress": 0,
      "notStarted": 1,
      "postponed": 1,
      "blocked": 0,
      "cancelled": 0,
      "unknown": 0,
      "doneLater": 0,
      "donePercent": 0,
      "doneOnTime": 0,
      "doneLate": 0,
      "notYetDue": 1,
      "overdue": 0,
      "noDeadline": 0,
      "comeDue": 0,
      "dueRate": null,
      "onTimeRate": null,
      "extended": 0
    },
    {
      "code": "HC",
      "name": "Phòng Hành chính - Tổ chức - Quản trị",
      "total": 1,
      "done": 0,
      "inProgress": 1,
      "notStarted": 0,
      "postponed": 0,
      "blocked": 0,
      "cancelled": 0,
      "unknown": 0,
      "doneLater": 0,
      "donePercent": 0,
      "doneOnTime": 0,
      "doneLate": 0,
      "notYetDue": 0,
      "overdue": 1,
      "noDeadline": 0,
      "comeDue": 1,
      "dueRate": 0,
      "onTimeRate": 0,
      "extended": 0
    }
  ],
  "persons": [],
  "meetings": []
}
? 0

