import ArgumentParser
import WorkplanCore

/// `workplan minutes`: one meeting's minutes, the latest unless `--meeting` names another, as
/// text to print or as the Markdown file holds them; `--meeting list` lists the meetings.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "In biên bản họp — print a meeting's minutes (the latest, or --meeting NAME|DATE|list).",
        discussion: """
        Biên bản nằm trong thư mục PLAN.meetings/ cạnh tệp kế hoạch.
        The minutes are kept in the folder PLAN.meetings/ beside the plan file.
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(help: ArgumentHelp("Cuộc họp: tên tệp, ngày, hoặc list / the meeting: file name, date, or list.",
                               valueName: "ID"))
    var meeting: String?

    @Option(help: ArgumentHelp("text, markdown.", valueName: "FORMAT"))
    var format: String = "text"

    @Flag(help: ArgumentHelp("Ghi đủ: mã nhiệm vụ, giờ từng mục, các trường không đổi / the whole record: ids, each item's times, unchanged fields."))
    var details = false

    func run() throws {
        let language = try common.language()
        guard format == "text" || format == "markdown" else {
            throw CommandFailure.usage(vi: "định dạng \"\(format)\" không có; dùng text hoặc markdown",
                                       en: "no format \"\(format)\"; use text or markdown", language)
        }
        let archive = MeetingArchive(planPath: try common.location(positional: path, language).path)
        let meetings = archive.meetings()
        guard !meetings.isEmpty else { throw MinutesSelection.noMeetings(folder: archive.folder, language) }
        if meeting == "list" {
            guard format == "text" else {
                throw CommandFailure.usage(vi: "danh sách cuộc họp (--meeting list) chỉ in dạng text; hãy bỏ --format markdown",
                                           en: "the list of meetings (--meeting list) is text only; leave out --format markdown",
                                           language)
            }
            let named = meetings.map { (name: MinutesSelection.stem($0.path) + ".md", minutes: $0.minutes) }
            Console.out(MinutesText.list(named, folder: archive.folder, language))
            return
        }
        let chosen = try MinutesSelection.choose(meeting, among: meetings, folder: archive.folder,
                                                 today: try common.today(language), language)
        guard format == "markdown" else {
            // The biên bản is a Vietnamese state paper; the whole record is in either language.
            guard !details, language == .vi else {
                Console.out(MinutesText.render(chosen.minutes, language))
                return
            }
            let identity = try common.open(positional: path, language).plan.office
                .overlaid(with: try common.config(language).office)
            Console.out(PaperText.render(Paper.minutes(chosen.minutes, identity: identity, number: identity.nextNumber)))
            return
        }
        do {
            Console.out(bytes: try PlanStore().read(chosen.path).bytes)
        } catch {
            throw CommandFailure.failed(error, language)
        }
    }
}
