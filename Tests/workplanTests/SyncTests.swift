import Foundation
import Testing

/// Git as the sync engine, with the real binary and the real git: a bare repository standing
/// for the office's shared one and two clones standing for two officers' machines.
@Suite("Sync through git")
struct SyncTests {
    /// One officer's clone: runs workplan and git there, with a home of its own (no one's git
    /// config but the clone's), a fixed day and Vietnamese.
    struct Officer {
        let folder: URL
        let home: URL

        var environment: [String: String] {
            ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
             "GIT_CONFIG_NOSYSTEM": "1", "WORKPLAN_TODAY": "2021-10-29", "WORKPLAN_LANG": "vi", "LANG": "C.UTF-8"]
        }

        @discardableResult
        func workplan(_ arguments: String...) throws -> ProcessRun.Result {
            try ProcessRun.run(WorkplanBinary.url(), arguments: arguments, environment: environment, in: folder.path)
        }

        @discardableResult
        func git(_ arguments: String...) throws -> ProcessRun.Result {
            try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments, environment: environment,
                               in: folder.path)
        }

        var plan: String {
            get throws { try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8) }
        }

        func write(_ text: String) throws {
            try text.write(to: folder.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        }
    }

    /// A bare repository and a clone for each officer named, with the officer's name in the
    /// clone's git config; `first` runs in the first clone before the others are cloned, to
    /// write and share the plan.
    static func clones(in folder: URL, of names: [(handle: String, person: String)],
                       first: (Officer) throws -> Void) throws -> [Officer] {
        let git = { (arguments: [String]) throws in
            let result = try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments,
                                            environment: ["HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
                                                          "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"],
                                            in: folder.path)
            #expect(result.exitCode == 0, "git \(arguments): \(String(decoding: result.stderr, as: UTF8.self))")
        }
        try git(["init", "-q", "--bare", "-b", "main", "shared.git"])
        var officers: [Officer] = []
        for (handle, person) in names {
            try git(["clone", "-q", "shared.git", handle])
            let officer = Officer(folder: folder.appendingPathComponent(handle), home: folder)
            try officer.git("config", "user.name", person)
            try officer.git("config", "user.email", handle + "@vp.example")
            if officers.isEmpty { try first(officer) }
            officers.append(officer)
        }
        return officers
    }

    /// Two officers' clones, the first holding the plan, set up and synced; the second without
    /// the merge driver yet.
    private func office(in folder: URL, plan: String) throws -> (Officer, Officer) {
        let officers = try Self.clones(in: folder, of: [("nam", "Nguyễn Văn Nam"), ("mai", "Trần Thị Mai")]) { nam in
            try nam.write(plan)
            #expect(try nam.workplan("git", "setup").exitCode == 0)
            #expect(try nam.workplan("sync").exitCode == 0)
        }
        return (officers[0], officers[1])
    }

    static let plan = """
        # Kế hoạch 2021

        ## Chuẩn bị kỳ họp
        - [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-10
          Dự kiến họp 3 ngày.
        - [ ] In phiếu bầu  id:BC2

        """

    @Test("two officers tick, change one task's due date both, log entries and add tasks; sync stops on the due date, the choice is made, both end with one plan")
    func twoOfficers() throws {
        try withTemporaryFolder { folder in
            let (nam, mai) = try office(in: folder, plan: Self.plan)
            // A clone without the driver is told, before git could merge line by line.
            let unset = try mai.workplan("sync")
            #expect(unset.exitCode == 1)
            #expect(String(decoding: unset.stderr, as: UTF8.self).contains("workplan git setup"))
            #expect(try mai.workplan("git", "setup").exitCode == 0)

            #expect(try nam.workplan("done", "BC2").exitCode == 0)
            #expect(try nam.workplan("set", "KH1", "due:2021-07-20").exitCode == 0)
            #expect(try nam.workplan("log", "KH1", "--date", "2021-03-01", "Đã họp lần 1").exitCode == 0)
            #expect(try nam.workplan("add", "--track", "Chuẩn bị kỳ họp", "Việc của Nam").exitCode == 0)
            let namSync = try nam.workplan("sync")
            #expect(namSync.exitCode == 0, "\(String(decoding: namSync.stderr, as: UTF8.self))")
            #expect(String(decoding: namSync.stdout, as: UTF8.self).contains("Đã ghi: Sửa KH1; hoàn thành BC2; thêm T1"))

            #expect(try mai.workplan("set", "KH1", "due:2021-07-25").exitCode == 0)
            #expect(try mai.workplan("log", "KH1", "--date", "2021-03-15", "Họp lần 2").exitCode == 0)
            #expect(try mai.workplan("add", "--track", "Chuẩn bị kỳ họp", "Việc của Mai").exitCode == 0)
            let stopped = try mai.workplan("sync")
            #expect(stopped.exitCode == 1)
            #expect(String(decoding: stopped.stderr, as: UTF8.self).contains("xung đột ở plan.md (dòng 4, 6, 8)"))
            let conflicted = try mai.plan
            #expect(conflicted.contains("<<<<<<< bản này (plan.md)\n- [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-25\n=======\n"))
            #expect(conflicted.contains("  - 2021-03-01: Đã họp lần 1\n  - 2021-03-15: Họp lần 2\n"))
            // Syncing again before choosing is refused, and says how to go on.
            let early = try mai.workplan("sync")
            #expect(early.exitCode == 1 && String(decoding: early.stderr, as: UTF8.self).contains("còn xung đột ở dòng 4, 6, 8"))

            // Mai keeps Nam's date.
            try mai.write(conflicted.replacingOccurrences(
                of: "<<<<<<< bản này (plan.md)\n- [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-25\n=======\n", with: "")
                .replacingOccurrences(of: ">>>>>>> bản kia (plan.md)\n", with: ""))
            let finished = try mai.workplan("sync")
            #expect(finished.exitCode == 0, "\(String(decoding: finished.stderr, as: UTF8.self))")
            #expect(try nam.workplan("sync").exitCode == 0)
            let final = try nam.plan
            #expect(try mai.plan == final)
            #expect(final == """
                # Kế hoạch 2021

                ## Chuẩn bị kỳ họp
                - [ ] Tham mưu nội dung kỳ họp  id:KH1 due:2021-07-20
                  Dự kiến họp 3 ngày.
                  - 2021-03-01: Đã họp lần 1
                  - 2021-03-15: Họp lần 2
                - [x] In phiếu bầu  id:BC2 done:2021-10-29
                - [ ] Việc của Mai  id:T1
                - [ ] Việc của Nam  id:T2

                """)
            #expect(try nam.workplan("check").exitCode == 0)
            // Who changed what is git's history, the committer from each clone's config.
            let log = String(decoding: try nam.git("log", "--format=%an: %s").stdout, as: UTF8.self)
            #expect(log.contains("Trần Thị Mai: Sửa KH1; ghi kết quả KH1; thêm T1") || log.contains("Trần Thị Mai: Sửa KH1"))
            #expect(log.contains("Nguyễn Văn Nam: Sửa KH1; hoàn thành BC2; thêm T1"))

            // A task's history: each commit that changed it, who and what.
            let history = String(decoding: try nam.workplan("history", "KH1").stdout, as: UTF8.self)
            let lines = history.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0.contains("Nguyễn Văn Nam") }.count == 2 && lines.filter { $0.contains("Trần Thị Mai") }.count == 2,
                    "\(history)")
            // The merge tells only what Mai decided there: Nam's date over hers, not Nam's entry again.
            #expect(history.hasSuffix("Merge remote-tracking branch 'origin/main')\n  due: 25/07/2021 → 20/07/2021\n"), "\(history)")
            #expect(lines.contains("  tạo: Tham mưu nội dung kỳ họp"))
            #expect(lines.contains("  due: 10/07/2021 → 20/07/2021") && lines.contains("  due: 10/07/2021 → 25/07/2021"))
            #expect(lines.contains("  ghi: 2021-03-01: Đã họp lần 1") && lines.contains("  ghi: 2021-03-15: Họp lần 2"))
            #expect(try nam.workplan("history", "ZZ9").exitCode == 1)

            // What changed since a moment after every commit: only what is not committed yet.
            let quiet = String(decoding: try nam.workplan("list", "--changed-since", "2099-01-01").stdout, as: UTF8.self)
            #expect(quiet.contains("0/4 nhiệm vụ."), "\(quiet)")
            #expect(try nam.workplan("set", "BC2", "lead:TH").exitCode == 0)
            let changed = String(decoding: try nam.workplan("list", "--changed-since", "2099-01-01").stdout, as: UTF8.self)
            #expect(changed.contains("BC2") && changed.contains("1/4 nhiệm vụ."), "\(changed)")
        }
    }

    @Test("a meeting's minutes changed on both sides: the sync stops, and does not finish while the minutes hold markers")
    func minutesConflict() throws {
        try withTemporaryFolder { folder in
            let (nam, mai) = try office(in: folder, plan: Self.plan)
            #expect(try mai.workplan("git", "setup").exitCode == 0)
            let minutes = "plan.meetings/2021-03-15-hop-giao-ban.md"
            for (officer, place) in [(nam, "Phòng họp số 2"), (mai, "Hội trường")] {
                try FileManager.default.createDirectory(at: officer.folder.appendingPathComponent("plan.meetings"),
                                                        withIntermediateDirectories: true)
                try "# Họp giao ban\n\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00\n- Địa điểm: \(place)\n"
                    .write(to: officer.folder.appendingPathComponent(minutes), atomically: true, encoding: .utf8)
            }
            #expect(try nam.workplan("sync").exitCode == 0)
            let stopped = try mai.workplan("sync")
            #expect(stopped.exitCode == 1)
            #expect(String(decoding: stopped.stderr, as: UTF8.self).contains(minutes), "\(String(decoding: stopped.stderr, as: UTF8.self))")
            let refused = try mai.workplan("sync")
            #expect(refused.exitCode == 1)
            #expect(String(decoding: refused.stderr, as: UTF8.self).contains("\(minutes) còn xung đột ở dòng"),
                    "\(String(decoding: refused.stderr, as: UTF8.self))")
            try "# Họp giao ban\n\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00\n- Địa điểm: Hội trường\n"
                .write(to: mai.folder.appendingPathComponent(minutes), atomically: true, encoding: .utf8)
            #expect(try mai.workplan("sync").exitCode == 0)
            #expect(try nam.workplan("sync").exitCode == 0)
            #expect(try String(contentsOf: nam.folder.appendingPathComponent(minutes), encoding: .utf8).contains("Hội trường"))
        }
    }
}
