/// A plan read from a file, and the one way to change it (`perform`): every change goes through
/// the store, under the file's lock, which refuses to overwrite a file that someone else changed
/// since it was read. The change is then made again on the fresh file, so that no one's edit is
/// silently lost.
public struct PlanFile: Sendable {
    /// The path the plan was read from.
    public let path: String
    /// The plan as last read or saved.
    public internal(set) var plan: Plan
    /// The fingerprint of the file as last read or saved.
    var fingerprint: FileFingerprint
    /// The store that reads and writes the file.
    let store: PlanStore
    /// The holder whose lock the last change found left behind by a process that had died,
    /// and took over; nil when the lock was free. Worth telling: that process's change may
    /// not have been saved.
    public private(set) var recoveredLock: LockHolder?

    /// Reads a plan file through the store.
    public init(path: String, store: PlanStore = PlanStore()) throws(StoreError) {
        let (bytes, fingerprint) = try store.read(path)
        try self.init(path: path, bytes: bytes, fingerprint: fingerprint, store: store)
    }

    /// A plan file from bytes already read through the store, with the fingerprint they
    /// were read with (so that a program can show the start of a large file before the
    /// whole of it is parsed).
    public init(path: String, bytes: [UInt8], fingerprint: FileFingerprint, store: PlanStore = PlanStore()) throws(StoreError) {
        guard bytes.count < Plan.maximumSize else { throw .tooLarge(path: path) }
        self.path = path
        self.plan = Plan(bytes: bytes)
        self.fingerprint = fingerprint
        self.store = store
    }

    /// Takes the file's lock for one read-modify-write; with it held, no other Workplan
    /// writer saves between the check that the file is unchanged and the rename.
    mutating func locked<R>(_ body: (inout PlanFile) throws(PlanFileError) -> R) throws(PlanFileError) -> R {
        let store = self.store
        return try store.withLock(path, failure: PlanFileError.store) { (recovered: LockHolder?) throws(PlanFileError) -> R in
            recoveredLock = recovered
            return try body(&self)
        }
    }

    /// Writes the plan, unless the file changed on disk since it was read or saved.
    func save(_ plan: Plan) throws(PlanFileError) -> FileFingerprint {
        do {
            return try store.write(pieces: plan.text.pieces, to: path, expecting: fingerprint)
        } catch {
            throw .store(error)
        }
    }

    /// Reads the file again for an edit to be made again on it, and refuses (`.tasksVanished`)
    /// when the file on disk now has fewer tasks than the version the edit was made on (`readHad`
    /// tasks): the file may be half-written by an editor, or someone deleted tasks, and a save
    /// must not make that loss final without the officer knowing. The plan is then the file as
    /// read, so that doing the edit again, knowingly, saves it.
    ///
    /// `touched` tasks may be gone without that: the edit's own, whose loss on disk is a conflict
    /// the officer settles by keeping one version.
    mutating func reloadRefusingVanishedTasks(readHad: Int, touched: Int = 0) throws(PlanFileError) {
        try reload()
        let vanished = readHad - plan.taskCount
        if vanished > touched { throw .tasksVanished(count: vanished, path: path) }
    }

    /// Reads the file again, once it is settled (`SettledRead`): a version that another
    /// program is writing in place at this moment is never taken as the plan.
    public mutating func reload() throws(PlanFileError) {
        do throws(StoreError) {
            let (bytes, fingerprint) = try SettledRead(previous: plan, fingerprint: fingerprint).read(path, store: store)
            guard bytes.count < Plan.maximumSize else { throw StoreError.tooLarge(path: path) }
            plan = Plan(bytes: bytes)
            self.fingerprint = fingerprint
        } catch {
            throw .store(error)
        }
    }
}

/// Why a change to a plan file was not made.
public enum PlanFileError: UserFacingError {
    /// Reading or writing failed.
    case store(StoreError)
    /// The edit itself was refused.
    case edit(EditError)
    /// The file holds invalid UTF-8 and is never written back.
    case notUTF8(path: String)
    /// The lines an edit changes were changed on disk by someone else; the file on disk was
    /// read again and nothing was written.
    case conflict(PlanConflict)
    /// While an edit was being saved, the file on disk lost tasks that the edit did not touch;
    /// nothing was written, and the plan is the file as it is now.
    case tasksVanished(count: Int, path: String)

    /// The sentence shown to the user.
    public func message(_ language: Language) -> String {
        switch self {
        case let .store(error): error.message(language)
        case let .edit(error): error.message(language)
        case let .notUTF8(path):
            language.pick(
                vi: "tệp \(path) có byte không hợp lệ theo UTF-8 nên Workplan không ghi lại; hãy sửa tệp (xem workplan check) rồi thử lại",
                en: "\(path) holds invalid UTF-8, so Workplan will not write it back; fix the file (see workplan check) and try again")
        case let .conflict(conflict):
            conflict.message(language)
        case let .tasksVanished(count, path):
            language.pick(
                vi: "trong lúc lưu, tệp \(path) trên đĩa mất \(count) nhiệm vụ mà thay đổi này không đụng tới (có thể tệp đang được chương trình khác ghi dở, hoặc ai đó vừa xoá); chưa ghi gì, Workplan đã đọc lại tệp: hãy xem lại rồi làm lại thay đổi",
                en: "while saving, the file \(path) on disk lost \(language.count(count, vi: "nhiệm vụ", en: "task")) this change did not touch (another program may be writing it, or someone deleted them); nothing was written and the file was read again: check it, then make the change again")
        }
    }
}
