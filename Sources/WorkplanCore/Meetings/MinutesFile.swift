/// One meeting's minutes file, written piece by piece through the store as the meeting goes:
/// each piece is added after the bytes already there, so nothing a person wrote in the file
/// meanwhile is lost, and a meeting cut off keeps every item recorded before.
public struct MinutesFile: Sendable {
    /// The file's path.
    public let path: String
    private let store: PlanStore

    /// Creates the minutes file of a new meeting in the archive's folder (made when
    /// missing), under a name of its own, with the meeting's header.
    public static func create(_ minutes: MeetingMinutes, in archive: MeetingArchive, _ language: Language,
                              store: PlanStore = PlanStore()) throws(StoreError) -> MinutesFile {
        let name = MeetingArchive.fileName(date: minutes.date, title: minutes.title)
        let stem = String(name.dropLast(3))
        let bytes = Array(MinutesFormat.header(minutes, language).utf8)
        let like = try? store.permissions(of: archive.planPath)
        var attempt = 1
        while true {
            let path = archive.folder + "/" + (attempt == 1 ? name : stem + "-\(attempt).md")
            do {
                try store.create(bytes, at: path, makeFolders: true, like: like)
                return try MinutesFile(path: path, store: store)
            } catch .alreadyExists where attempt < 100 {
                attempt += 1
            }
        }
    }

    /// An existing minutes file, to go on writing it (a resumed meeting); it must be readable.
    public init(path: String, store: PlanStore = PlanStore()) throws(StoreError) {
        _ = try store.read(path)
        self.path = path
        self.store = store
    }

    /// Adds text after what the file holds now and saves it safely. When the file changed on
    /// disk since it was last written, its new bytes are kept and the text goes after them.
    public func append(_ text: String) throws(StoreError) {
        try change { bytes in
            var joined = bytes
            if let last = joined.last, last != 10 { joined.append(10) }
            joined.append(contentsOf: text.utf8)
            return joined
        }
    }

    /// Writes a task's item in its place (`MinutesItemPlacement`): one item per task, in the
    /// order of the agenda; recording a task again replaces its item. A file that is no longer
    /// valid UTF-8 (someone saved it in another encoding) is never decoded and written back,
    /// which would replace its bytes: the item is added at its end instead.
    public func record(_ item: MinutesItem, agenda: [String], _ language: Language) throws(StoreError) {
        try change { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else {
                var joined = bytes
                if let last = joined.last, last != 10 { joined.append(10) }
                let number = bytes.split(separator: 10).count { $0.starts(with: [35, 35, 32]) } + 1
                return joined + Array(MinutesFormat.item(item, number: number, language).utf8)
            }
            return Array(MinutesItemPlacement.place(item, agenda: agenda, in: text, language).utf8)
        }
    }

    /// Writes the meeting's agenda as it now stands (a task added during the meeting), changing
    /// only its line. A file that is no longer valid UTF-8 is left as it is.
    public func setAgenda(_ agenda: [String], _ language: Language) throws(StoreError) {
        try change { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else { return bytes }
            return Array(MinutesFormat.replacingAgenda(in: text, with: agenda, language).utf8)
        }
    }

    /// Reads the file under its lock, changes its bytes and saves them; a change on disk meanwhile
    /// is read and changed again.
    private func change(_ edit: ([UInt8]) -> [UInt8]) throws(StoreError) {
        try store.withLock(path, failure: { $0 }) { (_: LockHolder?) throws(StoreError) in
            var attempts = 0
            while true {
                let (bytes, current) = try store.read(path)
                do throws(StoreError) {
                    _ = try store.write(edit(bytes), to: path, expecting: current)
                    return
                } catch .changedOnDisk(path: _) where attempts < 3 {
                    attempts += 1
                }
            }
        }
    }
}
