import ArgumentParser
import WorkplanCore
import WorkplanTUI

/// `workplan review [FILE] [--agenda WHAT] [--resume]`: holds a review meeting full screen.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Họp rà soát kế hoạch, ghi biên bản — hold a review meeting and write its minutes.",
        discussion: """
        --agenda: overdue (quá hạn), open (chưa xong), week, month, quarter, followup (theo dõi tiếp:
        the tasks earlier meetings marked to follow up), track:TEXT, lead:CODE,
        due:PERIOD (month, quarter, year or FROM..TO, such as due:2021-11-01..2021-11-30),
        or several joined by commas: overdue,track:bầu cử.
        Không có --agenda thì chọn trên màn hình / without it, choose on screen.
        --resume: họp tiếp cuộc họp bị ngắt / go on with a meeting that was cut off.
        --close: kết thúc cuộc họp bị ngắt, không họp tiếp (giữ các mục đã ghi) / close the meeting
        that was cut off without going on (the items recorded are kept).
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var interface: InterfaceOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var file: String?

    @Option(help: ArgumentHelp("Chương trình họp / the agenda.", valueName: "WHAT"))
    var agenda: String?

    @Flag(help: "Họp tiếp cuộc họp bị ngắt / go on with the meeting that was cut off.")
    var resume = false

    @Flag(help: "Kết thúc cuộc họp bị ngắt, không họp tiếp / close the meeting that was cut off.")
    var close = false

    func run() throws {
        try MainActor.assumeIsolated {
            let language = try common.language()
            let today = try common.today(language)
            let chosen = try agenda.map { text throws(CommandFailure) in try AgendaArgument.parse(text, today: today, language) }
            if resume, chosen != nil {
                throw CommandFailure.usage(vi: "--resume họp tiếp chương trình cũ; đừng kèm --agenda",
                                           en: "--resume goes on with the old agenda; leave out --agenda", language)
            }
            if close {
                guard !resume, chosen == nil else {
                    throw CommandFailure.usage(vi: "--close chỉ kết thúc cuộc họp bị ngắt; đừng kèm --resume hay --agenda",
                                               en: "--close only closes the meeting that was cut off; leave out --resume and --agenda",
                                               language)
                }
                return try closeCutOffMeeting(language)
            }
            try InterfaceLauncher(common: common, interface: interface, file: file).run { runtime, language throws(CommandFailure) in
                if resume {
                    guard runtime.resumeMeeting() else {
                        throw .failed(vi: "không có cuộc họp nào bị ngắt để họp tiếp (biên bản nào cũng đã có giờ kết thúc)",
                                      en: "there is no meeting that was cut off to go on with (every minutes file has its end)",
                                      language)
                    }
                } else if let chosen, !runtime.beginMeeting(agenda: chosen.filter, followUpsOnly: chosen.followUpsOnly) {
                    throw .failed(vi: "không có nhiệm vụ nào theo chương trình “\(agenda ?? "")”",
                                  en: "no task fits the agenda “\(agenda ?? "")”", language)
                } else if chosen == nil {
                    runtime.chooseAgenda()
                }
            }
        }
    }

    /// Closes the meeting that was cut off, without the screen, and says what was kept.
    private func closeCutOffMeeting(_ language: Language) throws(CommandFailure) {
        let location = try common.location(positional: file, language)
        let closed: MeetingMinutes?
        do {
            closed = try MeetingArchive(planPath: location.path).closeUnfinished(language)
        } catch {
            throw .failed(error, language)
        }
        guard let closed else {
            throw .failed(vi: "không có cuộc họp nào bị ngắt để kết thúc (biên bản nào cũng đã có giờ kết thúc)",
                          en: "there is no meeting that was cut off to close (every minutes file has its end)", language)
        }
        let time = closed.ended?.description ?? ""
        Console.out(TextForm.visibleLines(language.pick(
            vi: "Đã kết thúc cuộc họp “\(closed.title)” lúc \(time), giữ \(closed.items.count)/\(closed.agenda.count) mục đã ghi.",
            en: "Closed the meeting “\(closed.title)” at \(time), keeping the \(closed.items.count) of \(closed.agenda.count) items recorded.")) + "\n")
    }
}
