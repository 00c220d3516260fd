#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A plan's meetings: a folder beside the plan file named after it (`plan.md` →
/// `plan.meetings/`), one minutes file a meeting, named by its date and title
/// (`2021-03-15-hop-giao-ban-thang-3-2021.md`).
public struct MeetingArchive: Sendable {
    /// The folder's path.
    public let folder: String
    /// The plan's path, whose permission bits new minutes take.
    public let planPath: String

    /// The archive of the plan at a path.
    public init(planPath: String) {
        self.planPath = planPath
        let slash = planPath.lastIndex(of: "/")
        let directory = slash.map { String(planPath[..<$0]) } ?? "."
        var name = slash.map { String(planPath[planPath.index(after: $0)...]) } ?? planPath
        if name.hasSuffix(".md") { name.removeLast(3) }
        folder = (directory.isEmpty ? "" : directory) + "/" + name + ".meetings"
    }

    /// A minutes file's name: the date, then the title in lower-case ASCII words.
    public static func fileName(date: PlanDate, title: String) -> String {
        var slug = ""
        for scalar in TextFolding.fold(title).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let short = String(slug.prefix(48))
        return date.iso + (short.isEmpty ? "" : "-" + (short.hasSuffix("-") ? String(short.dropLast()) : short)) + ".md"
    }

    /// Every meeting in the folder whose minutes can be read, oldest first; none when the
    /// folder does not exist.
    public func meetings(store: PlanStore = PlanStore()) -> [(path: String, minutes: MeetingMinutes)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let found = names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name -> (String, MeetingMinutes)? in
            let path = folder + "/" + name
            guard let bytes = try? store.read(path).bytes,
                  let minutes = MinutesReading.parse(String(decoding: bytes, as: UTF8.self)) else { return nil }
            return (path, minutes)
        }
        let taken = Set(names)
        let order = { (path: String) in MeetingArchive.sequence(of: String(path.dropFirst(folder.count + 1)), among: taken) }
        return found.sorted { ($0.1.date, $0.1.started.minutesOfDay, order($0.0).stem, order($0.0).number)
                              < ($1.1.date, $1.1.started.minutesOfDay, order($1.0).stem, order($1.0).number) }
            .map { (path: $0.0, minutes: $0.1) }
    }

    /// Where a minutes file stands among meetings of the same day and title: `…-hop.md` is the
    /// first, `…-hop-2.md` (made when that name was taken) the second, and so on. A name whose
    /// last number is part of the title (`…-thang-3.md`, with no `…-thang.md`) is a first.
    static func sequence(of name: String, among names: Set<String>) -> (stem: String, number: Int) {
        let bare = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let digits = bare.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, let number = Int(bare.suffix(digits)) else { return (bare, 1) }
        let stem = String(bare.dropLast(digits))
        guard stem.hasSuffix("-"), names.contains(String(stem.dropLast()) + ".md") else { return (bare, 1) }
        return (String(stem.dropLast()), number)
    }

    /// Closes the latest meeting that was cut off without going on with it: its closing line
    /// gives the time its last item was recorded (or its start, when none was). Returns its
    /// minutes as closed; nil when no meeting was cut off.
    public func closeUnfinished(_ language: Language, store: PlanStore = PlanStore()) throws(StoreError) -> MeetingMinutes? {
        guard let (path, minutes) = unfinished(store: store) else { return nil }
        var closed = minutes
        closed.ended = minutes.items.compactMap { $0.to ?? $0.from }.max { $0.minutesOfDay < $1.minutesOfDay } ?? minutes.started
        try MinutesFile(path: path, store: store).append(MinutesFormat.closing(closed.ended ?? minutes.started, language))
        return closed
    }

    /// The latest meeting that was not closed, to resume.
    public func unfinished(store: PlanStore = PlanStore()) -> (path: String, minutes: MeetingMinutes)? {
        meetings(store: store).last { !$0.minutes.isFinished }
    }

    /// What the meetings recorded for a task, newest first.
    public func history(ofTask id: String, store: PlanStore = PlanStore()) -> [(minutes: MeetingMinutes, item: MinutesItem)] {
        meetings(store: store).reversed().compactMap { meeting in
            meeting.minutes.item(forTask: id).map { (meeting.minutes, $0) }
        }
    }
}
