import Testing

@testable import WorkplanCore

/// Changing tracks, moving a task to another track and declaring units and persons: each gives
/// the file an officer would have written by hand, keeps every other line's bytes and undoes
/// exactly (`expectBlockEdit`).
@Suite("Track editing and declarations")
struct TrackEditingTests {
    static let sample = """
        # Kế hoạch công tác 2021

        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính

        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH
          Ghi chú của kỳ họp.
          - [x] Dự thảo chương trình  id:KH1.1

        ## Bầu cử
        - [ ] In phiếu bầu  id:BC1

        ## Nhiệm vụ thường xuyên
        - [ ] Tiếp công dân  id:TX1
        """

    func edited(_ text: String = sample, sourceLocation: SourceLocation = #_sourceLocation,
                _ body: (inout Plan) throws -> LineBlockEdit) throws -> Plan {
        let before = Plan(text)
        var plan = before
        let edit = try body(&plan)
        expectBlockEdit(edit, from: before, to: plan, sourceLocation: sourceLocation)
        return plan
    }

    func titles(_ plan: Plan) -> [String] { plan.tracks.map(\.title) }

    @Test("a new track goes after the selected one's section, with an empty line on each side")
    func addTrack() throws {
        var added = -1
        let plan = try edited { plan in
            let (track, edit) = try plan.addTrack(title: "  Tổng kết nhiệm kỳ ", after: 0)
            added = track
            return edit
        }
        #expect(titles(plan) == ["Chuẩn bị kỳ họp", "Tổng kết nhiệm kỳ", "Bầu cử", "Nhiệm vụ thường xuyên"])
        #expect(added == 1)
        #expect(plan.string.contains("id:KH1.1\n\n## Tổng kết nhiệm kỳ\n\n## Bầu cử\n"))
    }

    @Test("a track added after the last one ends the file")
    func addLastTrack() throws {
        let plan = try edited { try $0.addTrack(title: "Giám sát", after: 2).edit }
        #expect(plan.string.hasSuffix("- [ ] Tiếp công dân  id:TX1\n\n## Giám sát"))
        #expect(titles(plan).last == "Giám sát")
    }

    @Test("a track's title that is empty or names a section is refused, and the plan stays")
    func refusedTitles() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.emptyTrackTitle) { try plan.addTrack(title: "  ", after: 0) }
        #expect(throws: EditError.trackTitleNamesSection(title: "Đơn vị")) { try plan.renameTrack(0, to: "Đơn vị") }
        #expect(throws: EditError.trackTitleNamesSection(title: "người theo dõi")) { try plan.addTrack(title: "người theo dõi", after: nil) }
        #expect(plan.string == Plan(Self.sample).string)
    }

    @Test("renaming a track writes only its heading, after the marks as written")
    func renameTrack() throws {
        let plan = try edited("##   Bầu cử\n- [ ] A  id:A\n") { try $0.renameTrack(0, to: "Bầu cử đại biểu").edit }
        #expect(plan.string == "##   Bầu cử đại biểu\n- [ ] A  id:A\n")
    }

    @Test("moving a track swaps whole sections and keeps the spacing and the units section in place")
    func moveTrack() throws {
        var selected = -1
        let down = try edited { plan in
            let (track, edit) = try plan.moveTrack(0, by: 1)
            selected = track
            return edit
        }
        #expect(titles(down) == ["Bầu cử", "Chuẩn bị kỳ họp", "Nhiệm vụ thường xuyên"])
        #expect(selected == 1)
        #expect(down.string.contains("## Bầu cử\n- [ ] In phiếu bầu  id:BC1\n\n## Chuẩn bị kỳ họp\n"))
        let up = try edited { try $0.moveTrack(2, by: -1).edit }
        #expect(titles(up) == ["Chuẩn bị kỳ họp", "Nhiệm vụ thường xuyên", "Bầu cử"])
        #expect(up.string.hasSuffix("## Nhiệm vụ thường xuyên\n- [ ] Tiếp công dân  id:TX1\n\n## Bầu cử\n- [ ] In phiếu bầu  id:BC1"))
        var plan = Plan(Self.sample)
        #expect(throws: EditError.noTrackBefore) { try plan.moveTrack(0, by: -1) }
        #expect(throws: EditError.noTrackAfter) { try plan.moveTrack(2, by: 1) }
    }

    @Test("deleting a track takes its tasks and notes, and selects the one before")
    func deleteTrack() throws {
        var selected: Int?
        let plan = try edited { plan in
            let (track, edit) = try plan.deleteTrack(0)
            selected = track
            return edit
        }
        #expect(titles(plan) == ["Bầu cử", "Nhiệm vụ thường xuyên"])
        #expect(plan.taskCount == 2)
        #expect(selected == 0)
        #expect(plan.units.count == 2)
    }

    @Test("tasks before the first heading have no track to rename, move or delete")
    func unnamedTrack() {
        var plan = Plan("- [ ] A  id:A\n## B\n- [ ] B  id:B\n")
        #expect(throws: EditError.unnamedTrack) { try plan.renameTrack(0, to: "X") }
        #expect(throws: EditError.unnamedTrack) { try plan.deleteTrack(0) }
        #expect(throws: EditError.unnamedTrack) { try plan.moveTrack(1, by: -1) }
    }

    @Test("a task moves with its subtasks and notes to the end of another track, at its level")
    func moveTaskToTrack() throws {
        var moved = -1
        let plan = try edited { plan in
            let (task, edit) = try plan.moveTask(0, toTrack: 2)
            moved = task
            return edit
        }
        #expect(plan.tasks[moved].id == "KH1")
        #expect(plan.track(ofTask: moved) == 2)
        #expect(plan.string.hasSuffix("- [ ] Tiếp công dân  id:TX1\n- [ ] Kỳ họp giữa năm  id:KH1 lead:TH\n  Ghi chú của kỳ họp.\n  - [x] Dự thảo chương trình  id:KH1.1"))
        #expect(plan.tracks[0].tasks.isEmpty)
    }

    @Test("a subtask moved to an earlier track becomes a top-level task there, outdented")
    func moveSubtaskUp() throws {
        let plan = try edited { plan in try plan.moveTask(try index(plan, "KH1.1"), toTrack: 1).edit }
        let task = try index(plan, "KH1.1")
        #expect(plan.parent(ofTask: task) == nil)
        #expect(plan.track(ofTask: task) == 1)
        #expect(plan.string.contains("- [ ] In phiếu bầu  id:BC1\n- [x] Dự thảo chương trình  id:KH1.1\n"))
        var same = Plan(Self.sample)
        #expect(throws: EditError.alreadyInTrack) { try same.moveTask(0, toTrack: 0) }
    }

    @Test("a unit is declared after the last unit, as typed")
    func declareUnit() throws {
        let plan = try edited { try $0.declare(.unit, "TTDN:  Phòng Thông tin - Dân nguyện", language: .vi) }
        #expect(plan.string.contains("- HC: Phòng Hành chính\n- TTDN: Phòng Thông tin - Dân nguyện\n\n## Chuẩn bị"))
        #expect(plan.unit(code: "TTDN")?.name == "Phòng Thông tin - Dân nguyện")
    }

    @Test("the first person gets a persons section after the units, headed in the plan's language")
    func declarePerson() throws {
        let plan = try edited { try $0.declare(.person, "linh: Võ Thị Linh, Chuyên viên, TH", language: .vi) }
        #expect(plan.string.contains("- HC: Phòng Hành chính\n\n## Người theo dõi\n- linh: Võ Thị Linh, Chuyên viên, TH\n\n## Chuẩn bị"))
        let person = try #require(plan.person(handle: "linh"))
        #expect(person.name == "Võ Thị Linh")
        #expect(person.title == "Chuyên viên")
        #expect(person.unit == "TH")
        #expect(plan.tracks.count == 3)
    }

    @Test("a plan without units gets its units section before the first track")
    func firstUnit() throws {
        let plan = try edited("# Plan\n\n## Work\n- [ ] A  id:A lead:TH\n") { try $0.declare(.unit, "TH: Tổng hợp", language: .en) }
        #expect(plan.string == "# Plan\n\n## Units\n- TH: Tổng hợp\n\n## Work\n- [ ] A  id:A lead:TH\n")
    }

    @Test("a declaration without a colon, with a bad or taken code, or without a name is refused")
    func refusedDeclarations() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.declarationWithoutColon(kind: .unit)) { try plan.declare(.unit, "TTDN Phòng", language: .vi) }
        #expect(throws: EditError.invalidCode(code: "Văn")) { try plan.declare(.unit, "Văn: Văn phòng", language: .vi) }
        #expect(throws: EditError.codeTaken(code: "th", line: 4)) { try plan.declare(.unit, "th: Tổng hợp", language: .vi) }
        #expect(throws: EditError.emptyName) { try plan.declare(.person, "nam: , Chuyên viên", language: .vi) }
        #expect(plan.string == Plan(Self.sample).string)
    }
}
