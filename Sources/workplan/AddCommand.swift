import ArgumentParser
import WorkplanCore

/// `workplan add [FILE] --under ID|--track TEXT "title" [key:value…]`: adds a task.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Thêm nhiệm vụ — add a task under a task or at the top of a track.",
        discussion: """
        Ví dụ / examples:
          workplan add --under KH1 "Gửi giấy mời đại biểu" lead:HC due:2021-07-01
          workplan add --track "thường xuyên" "Rà soát quy chế làm việc" lead:TH
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("Thêm làm nhiệm vụ con của / add as a subtask of.", valueName: "ID"))
    var under: String?

    @Option(help: ArgumentHelp("Thêm vào mảng có tên chứa / add to the track whose title contains.", valueName: "TEXT"))
    var track: String?

    @Argument(help: ArgumentHelp("[FILE] TITLE [key:value…]", valueName: "WORDS"))
    var words: [String]

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        let fieldWords = words.reversed().prefix { FieldWord.looksLikeField($0) }.reversed()
        let rest = Array(words.dropLast(fieldWords.count))
        guard rest.count == 1 || rest.count == 2, under == nil || track == nil, under != nil || track != nil else {
            throw CommandFailure.usage(
                vi: "cách dùng: workplan add [FILE] --under ID|--track TEXT \"tên nhiệm vụ\" [key:value…]",
                en: "usage: workplan add [FILE] --under ID|--track TEXT \"title\" [key:value…]", language)
        }
        var planFile = try common.open(positional: rest.count == 2 ? rest[0] : nil, language)
        let edits = try FieldAssignments.parse(Array(fieldWords), today: today, in: planFile.plan, language)
        let title = edits.title ?? rest[rest.count - 1]
        let status = edits.status ?? .notStarted
        let fields = edits.fields.compactMap { field in field.value.map { Field(key: field.key, value: $0) } }
        let operation: PlanOperation
        if let under {
            let parent = try planFile.plan.requireTask(id: under, language)
            operation = .addUnder(task: parent, title: title, status: status, fields: fields)
        } else {
            let trackIndex = try track.map { text throws(CommandFailure) in try TrackArgument.find(text, in: planFile.plan, language) }
            operation = .addInTrack(track: trackIndex ?? 0, title: title, status: status, fields: fields)
        }
        let changes = try planFile.commit([operation], today: today, language)
        Console.out(ChangeReport.text(changes, path: planFile.path, language))
    }
}

/// Words of the command line that read as fields (`due:2021-07-01`), as opposed to a title.
enum FieldWord {
    /// True for `key:value` with an ASCII key, or `key:` to clear a field.
    static func looksLikeField(_ word: String) -> Bool {
        guard let colon = word.firstIndex(of: ":"), colon != word.startIndex else { return false }
        return word[..<colon].unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || $0 == "-" || ("0"..."9").contains($0)) }
            && !word[word.index(after: colon)...].contains(" ")
    }
}

/// Finds a track by part of its title, ignoring case and diacritics.
enum TrackArgument {
    /// The index of the one track whose title contains the text; a usage error when none or several do.
    static func find(_ text: String, in plan: Plan, _ language: Language) throws(CommandFailure) -> Int {
        let query = TextFolding.fold(text)
        let matches = plan.tracks.indices.filter { TextFolding.fold(plan.tracks[$0].title).contains(query) }
        if matches.count == 1, let only = matches.first { return only }
        let names = plan.tracks.map { "\"\($0.title)\"" }.joined(separator: ", ")
        if matches.isEmpty {
            throw .usage(vi: "không có mảng công tác nào chứa \"\(text)\"; các mảng: \(names)",
                         en: "no track contains \"\(text)\"; the tracks are: \(names)", language)
        }
        throw .usage(vi: "có nhiều mảng chứa \"\(text)\"; hãy viết rõ hơn: \(names)",
                     en: "several tracks contain \"\(text)\"; be more specific: \(names)", language)
    }
}
