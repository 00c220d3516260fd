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
        return found.sorted { ($0.1.date, $0.1.started.minutesOfDay, $0.0) < ($1.1.date, $1.1.started.minutesOfDay, $1.0) }
            .map { (path: $0.0, minutes: $0.1) }
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
