import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanCore

/// `workplan calendar [YEAR] [--lunar DATE]`: the office's days off in a year (the built-in
/// announcements with the days the plan's days-off section adds), or a day's date in the
/// Vietnamese lunar calendar.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Lịch nghỉ của cơ quan và âm lịch — the office's days off in a year, or a day's lunar date.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Năm (mặc định năm nay) / the year (this year by default).", valueName: "YEAR"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Ngày âm lịch của một ngày (10/02/2021 hoặc 2021-02-10) / a day's lunar date.",
                                            valueName: "DATE"))
    var lunar: String?

    func run() throws {
        let language = try common.language()
        if let lunar {
            guard year == nil else {
                throw CommandFailure.usage(vi: "dùng YEAR hoặc --lunar DATE, không cả hai",
                                           en: "give YEAR or --lunar DATE, not both", language)
            }
            guard let date = PlanDate(written: lunar), (1900...2100).contains(date.year) else {
                throw CommandFailure.usage(vi: "“\(lunar)” không phải một ngày từ năm 1900 đến 2100 (viết 10/02/2021 hoặc 2021-02-10)",
                                           en: "“\(lunar)” is not a date from 1900 to 2100 (write 10/02/2021 or 2021-02-10)", language)
            }
            Console.out(CalendarText.lunar(of: date, language))
            return
        }
        let chosen = try year ?? common.today(language).year
        guard (1900...2100).contains(chosen) else {
            throw CommandFailure.usage(vi: "năm \(chosen) nằm ngoài 1900–2100", en: "the year \(chosen) is outside 1900–2100", language)
        }
        Console.out(CalendarText.year(chosen, calendar: try officeCalendar(language), language))
    }

    /// The plan's calendar when there is a plan (named, in `WORKPLAN_FILE`, in the current
    /// folder or the data folder), else the built-in one: the calendar never creates a plan,
    /// and reads only the plan's days-off section.
    private func officeCalendar(_ language: Language) throws(CommandFailure) -> OfficeCalendar {
        let location = PlanLocation.resolve(named: common.file, environment: common.environment,
                                            fileExists: { FileManager.default.fileExists(atPath: $0) })
        guard location.source != .dataFolder || FileManager.default.fileExists(atPath: location.path) else {
            return OfficeCalendar()
        }
        do {
            return OfficeCalendar.reading(planBytes: try PlanStore().read(location.path).bytes)
        } catch {
            throw .failed(error, language)
        }
    }
}
