# --format json: an array of task objects with sorted keys and ISO dates, for programs.
# Missing values are left out; `fields` holds unknown keys; `line` counts from 1.

> copy small-plan.md plan.md

$ workplan list --format json --lead HC
[
  {
    "depth": 1,
    "due": "2021-07-05",
    "fields": {},
    "id": "KH1.2",
    "lead": "HC",
    "line": 13,
    "mark": "/",
    "note": "Đã đặt hội trường; còn thiếu máy chiếu.",
    "overdue": true,
    "parent": "KH1",
    "start": "2021-06-01",
    "status": "in-progress",
    "tags": [],
    "title": "Chuẩn bị cơ sở vật chất, hậu cần",
    "track": "Chuẩn bị các kỳ họp",
    "with": []
  },
  {
    "depth": 0,
    "fields": {},
    "id": "TX4",
    "lead": "HC",
    "line": 21,
    "mark": "!",
    "overdue": false,
    "progress": "40%",
    "status": "blocked",
    "tags": ["so-hoa"],
    "title": "Số hóa hồ sơ lưu trữ",
    "track": "Nhiệm vụ thường xuyên",
    "with": []
  }
]
? 0

# Quotes in titles are escaped; slashes are not; unknown fields appear under `fields`.
$ workplan list --format json --track "thuong xuyen" --status cancelled,postponed,doing
[
  {
    "depth": 0,
    "fields": {},
    "id": "TX1",
    "lead": "CTDB",
    "line": 18,
    "mark": "/",
    "overdue": false,
    "progress": "121/127",
    "status": "in-progress",
    "tags": [],
    "title": "Tiếp nhận, phân loại, tham mưu xử lý đơn thư",
    "track": "Nhiệm vụ thường xuyên",
    "with": []
  },
  {
    "depth": 0,
    "fields": {},
    "id": "TX2",
    "lead": "CTDB",
    "line": 19,
    "mark": "-",
    "overdue": false,
    "status": "cancelled",
    "tags": [],
    "title": "Hội nghị \"Tiếp xúc cử tri\" trực tuyến",
    "track": "Nhiệm vụ thường xuyên",
    "with": []
  },
  {
    "depth": 0,
    "due": "2021-09-30",
    "fields": {
      "room": "P2"
    },
    "id": "TX3",
    "lead": "TH",
    "line": 20,
    "mark": ">",
    "overdue": false,
    "status": "postponed",
    "tags": [],
    "title": "Rà soát quy chế làm việc",
    "track": "Nhiệm vụ thường xuyên",
    "with": []
  }
]
? 0

# The language does not change JSON; nothing found is an empty array.
$ workplan list --format json --lang en --search "khong co"
[]
? 0
