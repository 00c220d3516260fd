#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a plan that another program may be writing in place at this moment.
///
/// An editor that saves in place truncates the file and then writes it, so for a moment the
/// file is empty or ends in the middle of a line. Such a version is never taken as the plan
/// until the file has been still for a moment: a read that looks half-written (empty where
/// the plan had tasks, or ending mid-line where the plan ended with a line break), or that
/// was modified in place (the same inode) in the last tenth of a second, is taken only once
/// the file has kept its fingerprint over a pause. A file replaced by a rename, as Workplan
/// and most editors save, is whole the moment it has its name, and is taken at once. A file
/// that really is cut short is still read, after about a second of stillness.
struct SettledRead {
    /// The pause between two looks at the file.
    static let pauseMicroseconds: UInt32 = 50_000
    /// How many pauses of stillness make a half-written-looking file accepted (about 1 s).
    static let stillPausesForTorn = 20
    /// How many reads at most before the latest is taken whatever it looks like (about 3 s).
    static let maximumReads = 60
    /// A modification this recent (in nanoseconds) may be followed by more writes.
    static let recentNanoseconds: Int64 = 100_000_000

    /// Whether the plan being replaced had tasks, and ended with a line break.
    let hadTasks: Bool
    let endedWithLineBreak: Bool
    /// The inode the plan was read from: a write to the same inode is a write in place.
    let inode: UInt64

    /// What the plan looked like before, to judge whether a new read looks cut short.
    init(previous plan: Plan, fingerprint: FileFingerprint) {
        inode = fingerprint.inode
        hadTasks = plan.taskCount > 0
        let lines = plan.text.lineCount
        endedWithLineBreak = lines > 0 && !plan.text.ending(lines - 1).bytes.isEmpty
    }

    /// Reads the file until a version is settled.
    func read(_ path: String, store: PlanStore) throws(StoreError) -> (bytes: [UInt8], fingerprint: FileFingerprint) {
        var reads = 1
        var read = try store.read(path)
        var stillPauses = 0
        while reads < Self.maximumReads {
            let torn = looksTorn(read.bytes)
            let inPlace = read.fingerprint.inode == inode && Self.isRecent(read.fingerprint)
            guard torn || inPlace else { return read }
            usleep(Self.pauseMicroseconds)
            if try store.fingerprint(of: path) == read.fingerprint {
                stillPauses += 1
                if !torn || stillPauses >= Self.stillPausesForTorn { return read }
                continue
            }
            stillPauses = 0
            read = try store.read(path)
            reads += 1
        }
        return read
    }

    /// True for bytes that look like a file caught while it is rewritten in place.
    func looksTorn(_ bytes: [UInt8]) -> Bool {
        if bytes.isEmpty { return hadTasks }
        return endedWithLineBreak && bytes.last != 10 && bytes.last != 13
    }

    /// True when the file was modified a moment ago, so that more writes may follow.
    static func isRecent(_ fingerprint: FileFingerprint) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let age = (Int64(now.tv_sec) - fingerprint.modifiedSeconds) * 1_000_000_000
            + (Int64(now.tv_nsec) - fingerprint.modifiedNanoseconds)
        return age >= 0 && age < recentNanoseconds
    }
}
