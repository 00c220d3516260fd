import Foundation
import Testing

@testable import WorkplanCore

/// The report for programs: CSV and JSON, the same in both languages.
@Suite("Report CSV and JSON")
struct ReportMachineTests {
    static let plan = Plan("""
        # Kế hoạch "nhỏ"

        ## Đơn vị
        - TH: Phòng Tổng hợp

        ## Kỳ họp, tiếp dân
        - [x] Chuẩn bị  id:A1 lead:TH due:2021-03-10 done:2021-03-09 progress:3/4
          - [/] Hậu cần  id:A1.1 lead:TH due:2021-03-05
        - [-] Hủy  id:A2 due:2021-04-01
        - [x] Đơn thư  id:A3 due:2021-06-30 done:2021-06-30 received:13 eligible:11 handled:11 unit:lá_đơn

        """)

    func report() throws -> PlanReport {
        PlanReport(plan: Self.plan, asOf: try date("2021-07-01"), period: try ReportPeriod.parse("2021-01-01..2021-06-30",
                   asOf: try date("2021-07-01")),
                   meetings: [MeetingMinutes(title: "Giao ban \"quý\"", date: try date("2021-04-05"),
                                             started: try #require(ClockTime("08:00")), agenda: ["A1.1"],
                                             items: [MinutesItem(taskId: "A1.1", title: "Hậu cần",
                                                                 decision: "Xong trước 10/4,\nbáo cáo lại.",
                                                                 responsible: "TH")])])
    }

    @Test("CSV: one table, a row per track, the total, each lead unit, result, meeting, decision and open task")
    func csv() throws {
        let expected = [
            "section,track,id,title,total,done,in_progress,overdue,not_started,postponed,blocked,cancelled,unknown,done_later,"
                + "percent,done_on_time,done_late,not_yet_due,no_deadline,due_rate,on_time_rate,progress,received,eligible,"
                + "handled,unit,lead,due,status,level,days_overdue,working_days_overdue,date,meeting,decision,responsible,"
                + "entries,count,of,extended,extended_from,extended_to",
            "track,\"Kỳ họp, tiếp dân\",,,4,2,1,1,0,0,0,1,0,0,66.7,2,0,0,0,66.7,66.7,,,,,,,,,,,,,,,,,,,0,,",
            "total,,,,4,2,1,1,0,0,0,1,0,0,66.7,2,0,0,0,66.7,66.7,,,,,,,,,,,,,,,,,,,0,,",
            "unit,,TH,Phòng Tổng hợp,2,1,1,1,0,0,0,0,0,0,50,1,0,0,0,50,50,,,,,,,,,,,,,,,,,,,0,,",
            "unit,,,,2,1,0,0,0,0,0,1,0,0,100,1,0,0,0,100,100,,,,,,,,,,,,,,,,,,,0,,",
            "result,\"Kỳ họp, tiếp dân\",A1,Chuẩn bị,,,,,,,,,,,75,,,,,,,3/4,,,,,,,,,,,,,,,,,,,,",
            "result,\"Kỳ họp, tiếp dân\",A3,Đơn thư,,,,,,,,,,,100,,,,,,,,13,11,11,lá đơn,,,,,,,,,,,,,,,,",
            "meeting,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-04-05,\"Giao ban \"\"quý\"\"\",,,,,,,,",
            "decision,,A1.1,Hậu cần,,,,,,,,,,,,,,,,,,,,,,,,,,,,,2021-04-05,\"Giao ban \"\"quý\"\"\",\"Xong trước 10/4,\nbáo cáo lại.\",TH,,,,,,",
            "open,\"Kỳ họp, tiếp dân\",A1.1,Hậu cần,,,,1,,,,,,,,,,,,,,,,,,,TH,2021-03-05,in-progress,0,117,80,,,,,,,,,,",
        ].map { $0 + "\r\n" }.joined()
        #expect(ReportFormatter(language: .en).format(try report(), as: .csv) == "\u{FEFF}" + expected,
                "a byte-order mark first, for Excel")
        let vietnamese = ReportFormatter(language: .vi).format(try report(), as: .csv)
        let header = "Phần,Mảng,Mã,Tên,Tổng số,Hoàn thành,Đang thực hiện,Quá hạn,Chưa thực hiện,Tạm hoãn,Vướng mắc,Hủy bỏ,"
            + "Trạng thái không rõ,Hoàn thành sau ngày báo cáo,Tỷ lệ (%),Hoàn thành đúng hạn,Hoàn thành quá hạn,Chưa đến hạn,"
            + "Không có hạn,Tỷ lệ hoàn thành nhiệm vụ đến hạn (%),Tỷ lệ đúng hạn (%),Tiến độ,Tiếp nhận,Đủ điều kiện,Đã xử lý,"
            + "Đơn vị tính,Chủ trì,Hạn,Trạng thái,Cấp,Số ngày quá hạn,Số ngày làm việc quá hạn,Ngày,Cuộc họp,Kết luận,Phụ trách,"
            + "Số lần ghi,Số,Trên tổng,Được gia hạn,Gia hạn từ,Gia hạn đến\r\n"
        #expect(vietnamese == "\u{FEFF}" + header + expected.split(separator: "\r\n", maxSplits: 1)[1],
                "the header in Vietnamese, the rows as in English")
    }

    @Test("JSON: one object, written by hand, that a JSON reader reads back")
    func json() throws {
        let expected = """
            {
              "title": "Kế hoạch \\"nhỏ\\"",
              "asOf": "2021-06-30",
              "period": {
                "kind": "range",
                "from": "2021-01-01",
                "to": "2021-06-30"
              },
              "tracks": [
                {
                  "title": "Kỳ họp, tiếp dân",
                  "total": 4,
                  "done": 2,
                  "inProgress": 1,
                  "notStarted": 0,
                  "postponed": 0,
                  "blocked": 0,
                  "cancelled": 1,
                  "unknown": 0,
                  "doneLater": 0,
                  "donePercent": 66.7,
                  "doneOnTime": 2,
                  "doneLate": 0,
                  "notYetDue": 0,
                  "overdue": 1,
                  "noDeadline": 0,
                  "comeDue": 3,
                  "dueRate": 66.7,
                  "onTimeRate": 66.7,
                  "extended": 0,
                  "results": [
                    {
                      "id": "A1",
                      "title": "Chuẩn bị",
                      "progress": "3/4",
                      "percent": 75
                    },
                    {
                      "id": "A3",
                      "title": "Đơn thư",
                      "received": 13,
                      "eligible": 11,
                      "handled": 11,
                      "unit": "lá đơn",
                      "percent": 100
                    }
                  ],
                  "open": [
                    {
                      "id": "A1.1",
                      "title": "Hậu cần",
                      "lead": "TH",
                      "due": "2021-03-05",
                      "status": "in-progress",
                      "overdue": true,
                      "daysOverdue": 117,
                      "workingDaysOverdue": 80,
                      "level": 0
                    }
                  ]
                }
              ],
              "total": {
                "total": 4,
                "done": 2,
                "inProgress": 1,
                "notStarted": 0,
                "postponed": 0,
                "blocked": 0,
                "cancelled": 1,
                "unknown": 0,
                "doneLater": 0,
                "donePercent": 66.7,
                "doneOnTime": 2,
                "doneLate": 0,
                "notYetDue": 0,
                "overdue": 1,
                "noDeadline": 0,
                "comeDue": 3,
                "dueRate": 66.7,
                "onTimeRate": 66.7,
                "extended": 0
              },
              "units": [
                {
                  "code": "TH",
                  "name": "Phòng Tổng hợp",
                  "total": 2,
                  "done": 1,
                  "inProgress": 1,
                  "notStarted": 0,
                  "postponed": 0,
                  "blocked": 0,
                  "cancelled": 0,
                  "unknown": 0,
                  "doneLater": 0,
                  "donePercent": 50,
                  "doneOnTime": 1,
                  "doneLate": 0,
                  "notYetDue": 0,
                  "overdue": 1,
                  "noDeadline": 0,
                  "comeDue": 2,
                  "dueRate": 50,
                  "onTimeRate": 50,
                  "extended": 0
                },
                {
                  "code": null,
                  "name": null,
                  "total": 2,
                  "done": 1,
                  "inProgress": 0,
                  "notStarted": 0,
                  "postponed": 0,
                  "blocked": 0,
                  "cancelled": 1,
                  "unknown": 0,
                  "doneLater": 0,
                  "donePercent": 100,
                  "doneOnTime": 1,
                  "doneLate": 0,
                  "notYetDue": 0,
                  "overdue": 0,
                  "noDeadline": 0,
                  "comeDue": 1,
                  "dueRate": 100,
                  "onTimeRate": 100,
                  "extended": 0
                }
              ],
              "persons": [],
              "meetings": [
                {
                  "date": "2021-04-05",
                  "title": "Giao ban \\"quý\\"",
                  "decisions": [
                    {
                      "id": "A1.1",
                      "title": "Hậu cần",
                      "decision": "Xong trước 10/4,\\nbáo cáo lại.",
                      "responsible": "TH"
                    }
                  ]
                }
              ]
            }

            """
        for language in Language.allCases {
            #expect(ReportFormatter(language: language).format(try report(), as: .json) == expected)
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any])
        #expect(parsed["asOf"] as? String == "2021-06-30")
    }

    @Test("JSON of the whole built-in plan reads back, with no period and empty lists")
    func builtinJSON() throws {
        let report = PlanReport(plan: Plan(BuiltinPlan.text), asOf: try date("2021-10-29"))
        let json = ReportFormatter(language: .vi).format(report, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["period"] == nil)
        #expect((parsed["meetings"] as? [Any])?.isEmpty == true)
        let tracks = try #require(parsed["tracks"] as? [[String: Any]])
        #expect(tracks.count == 4)
        let total = try #require(parsed["total"] as? [String: Any])
        #expect(total["done"] as? Int == 82)
        #expect(total["donePercent"] as? Double == 68.3)
        let results = try #require(tracks[3]["results"] as? [[String: Any]])
        let petitions = try #require(results.first { $0["id"] as? String == "TX2" })
        #expect(petitions["received"] as? Int == 132)
        #expect(petitions["unit"] as? String == "đơn")
        #expect(petitions["percent"] as? Double == 95.3)
        let csv = ReportFormatter(language: .en).format(report, as: .csv)
        // Header, tracks, total, units, persons, results, a sum row per kind of count of TX1's
        // entries, open tasks.
        #expect(csv.split(separator: "\r\n").count == 1 + 4 + 1 + 12 + 6 + 28 + 3 + 38)
        let reception = try #require(results.first { $0["id"] as? String == "TX1" })
        #expect(reception["entries"] as? Int == 9)
        #expect(reception["progressNotes"] as? Int == 1)
        let totals = try #require(reception["totals"] as? [[String: Any]])
        #expect(totals.map { $0["count"] as? Int } == [9, 42, 26])
        #expect(totals.map { $0["unit"] as? String } == ["buổi tiếp công dân", "lượt công dân", "vụ việc"])
        let note = try #require(reception["latestProgressNote"] as? [String: Any])
        #expect(note["date"] as? String == "2021-08-16")
        #expect(total["doneOnTime"] as? Int == 70)
        #expect(total["doneLate"] as? Int == 12)
        #expect(total["notYetDue"] as? Int == 32)
        #expect(total["overdue"] as? Int == 5)
        #expect(total["dueRate"] as? Double == 94.3)
        #expect(total["onTimeRate"] as? Double == 80.5)
        for group in tracks + (try #require(parsed["units"] as? [[String: Any]])) {
            for key in ["doneOnTime", "doneLate", "notYetDue", "overdue", "dueRate", "onTimeRate"] {
                #expect(group[key] != nil, "\(key) in \(group["title"] ?? group["code"] ?? "?")")
            }
        }
    }
}
