extension Paper {
    /// A plan as the office's KẾ HOẠCH: the plan's own paragraphs as its opening, its tracks and
    /// their main tasks, who leads how many, and the appendix table of every task with its group
    /// row per track (I, II, …), tasks numbered 1, 1.1, 1.1.1, units by their names.
    public static func plan(_ plan: Plan, identity: OfficeIdentity, number: Int?, date: PlanDate) -> Paper {
        var body = PlanPaperText.opening(of: plan).map(Block.paragraph)
        let tracks = plan.tracks.filter { !$0.tasks.isEmpty }
        body.append(.section("I. NỘI DUNG NHIỆM VỤ"))
        for (number, track) in tracks.enumerated() {
            body.append(.heading("\(number + 1). " + PlanPaperText.trackTitle(track.title)))
            for index in track.tasks where plan.slots[index].parent < 0 {
                let task = plan.tasks[index]
                let lead = task.lead.map { " (chủ trì: " + plan.unitName($0) + ")" } ?? ""
                body.append(.item(task.title + lead + ";", level: 0))
            }
        }
        body.append(.paragraph("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm "
                               + "tại Phụ lục kèm theo Kế hoạch này."))
        body.append(.section("II. TỔ CHỨC THỰC HIỆN"))
        let leads = PlanPaperText.leadCounts(of: plan)
        if !leads.isEmpty {
            body.append(.paragraph("Các đơn vị được giao chủ trì chủ động triển khai các nhiệm vụ của mình, phối hợp với "
                                   + "các đơn vị liên quan, bảo đảm tiến độ và chất lượng:"))
            for (name, count) in leads {
                body.append(.item("\(name): chủ trì \(Language.vi.number(count)) nhiệm vụ;", level: 0))
            }
        }
        body.append(.paragraph("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo "
                               + "để xem xét, điều chỉnh cho phù hợp./."))
        let paper = Paper(kind: .plan, identity: identity, number: number, date: date,
                          subject: [PlanPaperText.subject(of: plan)], body: body,
                          closing: .signer(recipients: identity.recipients, authority: identity.authority,
                                           title: identity.signerTitle, name: identity.signer),
                          appendix: nil)
        var result = paper
        result.appendix = Appendix(
            title: ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ"],
            reference: "(Kèm theo Kế hoạch \(paper.numberLine.replacingOccurrences(of: "Số: ", with: "số ")) "
                + "ngày \(date.formatted(.vi)))",
            table: PlanPaperText.table(of: plan))
        return result
    }
}

/// The words of a plan's paper taken from the plan: its subject, its opening paragraphs, its
/// leads and its task table.
enum PlanPaperText {
    /// The plan's title without its leading "Kế hoạch", which the paper's kind already says.
    static func subject(of plan: Plan) -> String {
        let title = plan.title ?? "Kế hoạch công tác"
        let folded = TextFolding.fold(title)
        guard folded.hasPrefix("ke hoach ") else { return title }
        let rest = title.dropFirst("Kế hoạch ".count)
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    /// The paragraphs between the plan's title and its first section, each made one line.
    static func opening(of plan: Plan) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in 0..<plan.text.lineCount {
            let text = TaskTitle.trimmed(plan.text.string(line))
            if text.hasPrefix("## ") || TaskLineSyntax(plan.text.content(line)) != nil { break }
            if text.hasPrefix("# ") { continue }
            if text.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(text)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    /// The lead units by their names, in declared order then as first met, with how many tasks each leads.
    static func leadCounts(of plan: Plan) -> [(name: String, count: Int)] {
        var order: [String] = plan.units.map(\.code)
        var counts: [String: Int] = [:]
        for index in plan.tasks.indices {
            guard let lead = plan.tasks[index].lead else { continue }
            let code = plan.unit(code: lead)?.code ?? lead
            if counts[code] == nil, !order.contains(code) { order.append(code) }
            counts[code, default: 0] += 1
        }
        return order.compactMap { code in counts[code].map { (plan.unitName(code), $0) } }
    }

    /// A row of the plan's task table before it is written: a track's group row, or a task with
    /// its number (1, 1.1, 1.1.1) within its track.
    enum Entry: Sendable {
        case track(number: Int, title: String)
        case task(index: Int, number: String)
    }

    /// The rows of the plan's task table, in file order: a group row per track that has tasks,
    /// then its tasks numbered as the office numbers them.
    static func entries(of plan: Plan) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(plan.taskCount + plan.tracks.count)
        for (number, track) in plan.tracks.filter({ !$0.tasks.isEmpty }).enumerated() {
            entries.append(.track(number: number + 1, title: track.title))
            var numbering: [Int: String] = [:]
            var children: [Int: Int] = [:]
            for index in track.tasks {
                let parent = Int(plan.slots[index].parent)
                children[parent, default: 0] += 1
                let own = parent < 0 ? "\(children[parent] ?? 1)" : (numbering[parent] ?? "") + ".\(children[parent] ?? 1)"
                numbering[index] = own
                entries.append(.task(index: index, number: own))
            }
        }
        return entries
    }

    /// A track's title in the table (the tasks before the first heading have none).
    static func trackTitle(_ title: String) -> String {
        title.isEmpty ? "Các nhiệm vụ khác" : title
    }

    /// The task's tags as the note column shows them, `_` read as a space.
    static func tagsText(_ task: PlanTask) -> String {
        task.tags.map { String($0.map { $0 == "_" ? " " : $0 }) }.joined(separator: ", ")
    }

    /// The appendix's table: STT, the task, lead and coordinating units by name, the time it is
    /// due, its output and its tags. The numbers are worked out in file order; the rows of a large
    /// plan are then made on every core.
    static func table(of plan: Plan) -> Paper.Table {
        let numbered = entries(of: plan)
        let rows = ParallelRuns.map(numbered.count, threshold: 4096) { range in
            var dueWords = DueWordsShown()
            return numbered[range].map { entry -> Paper.Row in
                switch entry {
                case let .track(number, title):
                    return Paper.Row(cells: [ReportPeriod.roman(number), trackTitle(title)], isGroup: true)
                case let .task(index, number):
                    let task = plan.tasks[index]
                    return Paper.Row(cells: [
                        number, task.title,
                        task.lead.map(plan.unitName) ?? "",
                        task.coordinators.map(plan.unitName).joined(separator: ", "),
                        dueWords.words(of: task) ?? task.due.map { $0.formatted(.vi) } ?? "", task.product ?? "",
                        tagsText(task),
                    ], isGroup: false)
                }
            }
        }.flatMap { $0 }
        return Paper.Table(columns: ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
                                     "Sản phẩm", "Ghi chú"],
                           weights: [6, 33, 14, 18, 10, 11, 8], rows: rows)
    }
}

/// The time a task is due as the appendix and the workbook write it: the words it was given
/// ("Quý II/2021", kept by `workplan import`) while they still name its due date. The words are
/// read once per phrase and year: a plan imported from a table repeats a few phrases on many tasks.
struct DueWordsShown {
    private var days: [String: PlanDate?] = [:]

    /// The task's words, `_` read as a space, or nil when it has none or they name another day.
    mutating func words(of task: PlanTask) -> String? {
        guard let written = task.value(Field.Key.dueWords) else { return nil }
        let words = TypedField.shown(key: Field.Key.dueWords, value: written, .vi)
        let key = "\(task.due?.year ?? 0) " + words
        let day: PlanDate?
        if let known = days[key] {
            day = known
        } else {
            day = DueWords(cell: ImportTable.Cell(text: words), year: task.due?.year).due
            days[key] = day
        }
        return day == task.due ? words : nil
    }
}
