#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanCore

/// Finds the meeting `--meeting` names among a plan's meetings: by its file name (with or
/// without `.md`), else by its day when only one meeting was held that day; the latest
/// meeting when none is named.
enum MinutesSelection {
    /// A meeting: its minutes file's path and what it records.
    typealias Meeting = (path: String, minutes: MeetingMinutes)

    /// The meeting named, or a failure saying why there is none (a usage error when several
    /// meetings share the day named). `meetings` is oldest first and not empty.
    static func choose(_ wanted: String?, among meetings: [Meeting], folder: String, today: PlanDate,
                       _ language: Language) throws(CommandFailure) -> Meeting {
        guard let wanted else {
            guard let latest = meetings.last else { throw noMeetings(folder: folder, language) }
            return latest
        }
        let name = stem(wanted)
        if let match = meetings.first(where: { stem($0.path) == name }) { return match }
        if let day = try? DateArgument.parse(wanted, today: today, in: nil, language) {
            let sameDay = meetings.filter { $0.minutes.date == day }
            if sameDay.count > 1 {
                let names = sameDay.map { stem($0.path) }.joined(separator: ", ")
                throw .usage(vi: "ngày \(day.formatted(.vi)) có \(sameDay.count) cuộc họp (\(names)); chọn một bằng --meeting TÊN-TỆP",
                             en: "there are \(sameDay.count) meetings on \(day.formatted(.en)) (\(names)); choose one with --meeting FILE-NAME",
                             language)
            }
            if let only = sameDay.first { return only }
            throw .failed(vi: "không có cuộc họp nào ngày \(day.formatted(.vi)) trong \(folder); xem danh sách bằng: workplan minutes --meeting list",
                          en: "there is no meeting on \(day.formatted(.en)) in \(folder); see the list with: workplan minutes --meeting list",
                          language)
        }
        let path = folder + "/" + name + ".md"
        if FileManager.default.fileExists(atPath: path) {
            throw .failed(vi: "\(path) không phải là biên bản họp: thiếu dòng tiêu đề “# …”, dòng “- Ngày họp:” hoặc “- Bắt đầu:”",
                          en: "\(path) is not meeting minutes: it lacks the “# …” title, the “- Date:” or the “- Started:” line",
                          language)
        }
        throw .failed(vi: "không có cuộc họp \"\(wanted)\" trong \(folder); xem danh sách bằng: workplan minutes --meeting list",
                      en: "there is no meeting \"\(wanted)\" in \(folder); see the list with: workplan minutes --meeting list",
                      language)
    }

    /// The failure for a plan that has no meetings yet: where they would be and how to hold one.
    static func noMeetings(folder: String, _ language: Language) -> CommandFailure {
        .failed(vi: "chưa có cuộc họp nào: biên bản họp được lưu trong \(folder), cạnh tệp kế hoạch; tổ chức một cuộc họp bằng: workplan review",
                en: "there are no meetings yet: their minutes are kept in \(folder), beside the plan; hold one with: workplan review",
                language)
    }

    /// A minutes file's name without its folder and without `.md`.
    static func stem(_ path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".md") { name.removeLast(3) }
        return name
    }
}
