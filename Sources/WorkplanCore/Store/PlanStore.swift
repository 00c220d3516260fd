import SystemPackage

/// Reads and safely writes plan files.
///
/// This is the only code that writes plan files. A write never changes a file in
/// place: the new bytes go to a temporary file in the same folder, are flushed to
/// the disk, and then take the file's name in one atomic step, so a crash or a full
/// disk leaves either the old file or the new one, never a mix. Errors name the
/// path as the caller gave it.
public struct PlanStore: Sendable {
    /// Runs when a new file's bytes are safely in its temporary file, just before
    /// it takes the target's name; receives the temporary file's path. Only tests
    /// set it, to make that last step fail for real.
    let beforeCommit: (@Sendable (_ temporaryPath: String) -> Void)?
    /// Runs after the last check that the target is unchanged, just before the rename. Only
    /// tests set it, to hold the rename back while another writer tries to save.
    let beforeRename: (@Sendable () -> Void)?
    /// How long `lock` waits for another writer before it says who holds the lock, in seconds.
    let lockWait: Double
    /// Whether `lock` tries `flock` first; tests turn it off to exercise the fallback.
    let useFlock: Bool
    /// The failure to meet at a step instead of its system call, or nil to make the call. Only
    /// tests set it, to fail each step of a save the way a full disk or a broken one does.
    let injectFault: (@Sendable (StoreStep) -> Errno?)?

    /// The default wait for a lock: long enough for any save of a plan, short enough that a
    /// stuck writer is named before the officer gives up.
    public static let defaultLockWait = 10.0

    /// A store over the real file system.
    public init() {
        self.init(beforeCommit: nil)
    }

    /// A store that calls `beforeCommit` and `beforeRename` on each write, waits `lockWait` seconds
    /// for a lock, may skip `flock` and meets planted failures (for tests).
    init(beforeCommit: (@Sendable (_ temporaryPath: String) -> Void)? = nil,
         beforeRename: (@Sendable () -> Void)? = nil,
         lockWait: Double = PlanStore.defaultLockWait, useFlock: Bool = true,
         injectFault: (@Sendable (StoreStep) -> Errno?)? = nil) {
        self.beforeCommit = beforeCommit
        self.beforeRename = beforeRename
        self.lockWait = lockWait
        self.useFlock = useFlock
        self.injectFault = injectFault
    }

    // MARK: Locking

    /// Takes the lock that every read-modify-write of `path` holds (see `PlanLock`), waiting
    /// for another writer at most `lockWait` seconds; hold it from the read that the change is
    /// based on until the write. While it is held, the temporary files that killed writers
    /// left beside the file are removed: no live writer can be using them.
    public func lock(_ path: String) throws(StoreError) -> PlanLock {
        let given = FilePath(path)
        let target = (try? POSIX.realPath(given)) ?? given
        let permissions = try self.permissions(of: path).map { FilePermissions(rawValue: $0.rawValue & 0o666) } ?? .newFile
        let lock = try PlanLock.acquire(target, path: path, permissions: permissions, wait: lockWait, useFlock: useFlock)
        TemporaryFile.sweep(for: target)
        return lock
    }

    /// Runs `body` holding the lock of `path`, handing it the holder of a lock recovered from
    /// a dead process (nil when the lock was free), and lets the lock go however it ends; a lock
    /// that cannot be had is turned into the caller's error by `failure`.
    public func withLock<Result, Failure: Error>(
        _ path: String, failure: (StoreError) -> Failure, _ body: (_ recovered: LockHolder?) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let lock: PlanLock
        do {
            lock = try self.lock(path)
        } catch {
            throw failure(error)
        }
        let outcome: Swift.Result<Result, Failure>
        do {
            outcome = .success(try body(lock.recovered))
        } catch {
            outcome = .failure(error)
        }
        lock.release()
        return try outcome.get()
    }

    // MARK: Reading

    /// Reads the whole file (following symlinks), with the fingerprint of exactly those bytes.
    ///
    /// Throws `.notFound`, `.permissionDenied`, `.notARegularFile` or `.ioFailure`.
    public func read(_ path: String) throws(StoreError) -> (bytes: [UInt8], fingerprint: FileFingerprint) {
        let descriptor = try attempt(path, .open) { () throws(Errno) in
            // Non-blocking, so that opening a FIFO by mistake does not hang.
            try POSIX.system {
                try FileDescriptor.open(FilePath(path), .readOnly, options: [.nonBlocking, .closeOnExec])
            }
        }
        defer { try? descriptor.close() }
        return try readStable(descriptor, path: path)
    }

    /// How many times `read` retries a file that changes while it is being read.
    private static let readAttempts = 3

    /// Reads the open file until its fingerprint is the same before and after the read.
    ///
    /// If it keeps changing, returns the bytes with the fingerprint from before the
    /// read, which no longer matches the file, so a write based on them fails safely
    /// with `.changedOnDisk`.
    private func readStable(
        _ descriptor: FileDescriptor, path: String
    ) throws(StoreError) -> (bytes: [UInt8], fingerprint: FileFingerprint) {
        var attemptNumber = 1
        while true {
            let before = try attempt(path, .fstat) { () throws(Errno) in try descriptor.stat() }
            guard before.type == .regular else { throw .notARegularFile(path: path) }
            let bytes = try attempt(path, .read) { () throws(Errno) in
                try Self.readBytes(descriptor, count: Int(before.size))
            }
            let after = try attempt(path, .fstat) { () throws(Errno) in try descriptor.stat() }
            let fingerprint = FileFingerprint(before)
            if fingerprint == FileFingerprint(after) || attemptNumber == Self.readAttempts {
                return (bytes, fingerprint)
            }
            attemptNumber += 1
        }
    }

    /// Reads up to `count` bytes from the start of the file (fewer if it ends sooner), into an
    /// array with room to spare, so that edits appended to it do not copy the whole file.
    private static func readBytes(_ descriptor: FileDescriptor, count: Int) throws(Errno) -> [UInt8] {
        var failure: Errno?
        let room = count + min(count / 32, 1 << 20) + 4096
        let bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            while initialized < count {
                do {
                    let rest = UnsafeMutableRawBufferPointer(
                        UnsafeMutableBufferPointer(rebasing: buffer[initialized...]))
                    let read = try descriptor.read(fromAbsoluteOffset: Int64(initialized), into: rest)
                    if read == 0 { break }
                    initialized += read
                } catch {
                    failure = (error as? Errno) ?? .ioError
                    break
                }
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// The file's current fingerprint (following symlinks), or nil if it does not exist.
    public func fingerprint(of path: String) throws(StoreError) -> FileFingerprint? {
        try attempt(path, .stat) { () throws(Errno) in
            try POSIX.status(FilePath(path)).map(FileFingerprint.init)
        }
    }

    // MARK: Writing

    /// Replaces the file's contents atomically and returns the new fingerprint.
    ///
    /// A symlink stays a symlink: the file it finally points to is replaced. The new
    /// file keeps the old one's permission bits and extended attributes, and its owner and
    /// group where the user may set them. A file the user may not write is not replaced, even when
    /// its folder would allow it. A file with several hard links is refused
    /// (`.hardLinked`): a rename would split it.
    ///
    /// If `expected` is non-nil and the file's current fingerprint differs (or the
    /// file is gone), throws `.changedOnDisk` without writing. If `expected` is nil,
    /// the file is replaced whatever it holds, or created (mode 0644 minus the umask)
    /// if it does not exist; a dangling symlink throws `.notFound`. On any failure the
    /// old file is untouched and no temporary file is left behind, with one exception:
    /// when a step after the rename fails (the flush of the folder), the new contents are
    /// already in place, and `.savedButNotFlushed` says so and that they may not survive a
    /// crash.
    @discardableResult
    public func write(
        _ bytes: [UInt8], to path: String, expecting expected: FileFingerprint?
    ) throws(StoreError) -> FileFingerprint {
        try write(pieces: [bytes[...]], to: path, expecting: expected)
    }

    /// Replaces the file's contents with the concatenation of `pieces`, exactly as
    /// `write(_:to:expecting:)` does, without joining them in memory first.
    @discardableResult
    public func write(
        pieces bytes: [ArraySlice<UInt8>], to path: String, expecting expected: FileFingerprint?
    ) throws(StoreError) -> FileFingerprint {
        let target = try resolve(path)
        if let expected, target.status.map(FileFingerprint.init) != expected {
            throw .changedOnDisk(path: path)
        }
        let temporary = try attempt(path, .open) { () throws(Errno) in
            try TemporaryFile.create(for: target.path, permissions: target.status == nil ? .newFile : .ownerOnly)
        }
        do throws(StoreError) {
            try prepare(temporary, with: bytes, like: target.status, path: path)
            if target.status != nil {
                try attempt(path, .xattr) { () throws(Errno) in
                    try POSIX.setExtendedAttributes(temporary.descriptor, try POSIX.extendedAttributes(target.path))
                }
            }
            beforeCommit?(temporary.path.string)
            try checkUnchanged(target.path, expected: expected, path: path)
            beforeRename?()
            try attempt(path, .rename) { () throws(Errno) in
                try POSIX.replace(target.path, with: temporary.path)
            }
        } catch {
            temporary.discard()
            throw error
        }
        return try finishReplacing(target.path, with: temporary, path: path)
    }

    /// The regular file a write goes to, and its status (nil for a new file).
    private struct Target {
        /// The path to replace: the final target of any symlinks.
        let path: FilePath
        /// The file's current status, or nil if there is no file yet.
        let status: Stat?
    }

    /// Follows symlinks to the file a write must replace, and checks that it may.
    private func resolve(_ path: String) throws(StoreError) -> Target {
        let given = FilePath(path)
        let real: FilePath
        do throws(Errno) {
            real = try POSIX.realPath(given)
        } catch .noSuchFileOrDirectory {
            return try newTarget(given, path: path)
        } catch {
            throw StoreError(error, path: path, operation: StoreStep.realpath.rawValue)
        }
        let status = try attempt(path, .stat) { () throws(Errno) in try Stat(real) }
        guard status.type == .regular else { throw .notARegularFile(path: path) }
        // A rename would give this name new contents and leave every other name of the file
        // with the old ones: two plans that were one, split without a word.
        guard status.linkCount <= 1 else { throw .hardLinked(path: path, names: status.linkCount) }
        try attempt(path, .access) { () throws(Errno) in try POSIX.checkWritable(real) }
        return Target(path: real, status: status)
    }

    /// The target for a path where no file exists yet, unless it is a dangling symlink.
    private func newTarget(_ given: FilePath, path: String) throws(StoreError) -> Target {
        let link = try attempt(path, .lstat) { () throws(Errno) in
            try POSIX.status(given, followSymlinks: false)
        }
        // A dangling symlink: do not guess where its target should be created.
        guard link == nil else { throw .notFound(path: path) }
        return Target(path: given, status: nil)
    }

    /// Fills the temporary file, gives it the original's owner and mode, and flushes it.
    private func prepare(
        _ temporary: TemporaryFile, with bytes: [ArraySlice<UInt8>], like original: Stat?, path: String
    ) throws(StoreError) {
        try attempt(path, .write) { () throws(Errno) in try temporary.write(bytes) }
        if let original {
            try attempt(path, .fchmod) { () throws(Errno) in try temporary.adopt(original) }
        }
        try attempt(path, .sync) { () throws(Errno) in try temporary.sync() }
    }

    /// Throws `.changedOnDisk` if the file no longer has the expected fingerprint.
    private func checkUnchanged(
        _ target: FilePath, expected: FileFingerprint?, path: String
    ) throws(StoreError) {
        guard let expected else { return }
        let current = try attempt(path, .stat) { () throws(Errno) in try POSIX.status(target) }
        guard current.map(FileFingerprint.init) == expected else { throw .changedOnDisk(path: path) }
    }

    /// After the rename: the new fingerprint, taken from the still-open descriptor so
    /// it is surely ours (a rename changes the status-change time); then the folder is
    /// flushed so the new name survives a crash.
    private func finishReplacing(
        _ target: FilePath, with temporary: TemporaryFile, path: String
    ) throws(StoreError) -> FileFingerprint {
        defer { temporary.close() }
        let status = try attempt(path, .fstat, saved: true) { () throws(Errno) in try temporary.descriptor.stat() }
        try attempt(path, .syncFolder, saved: true) { () throws(Errno) in try POSIX.syncFolder(target.folder) }
        return FileFingerprint(status)
    }

    // MARK: Creating

    /// Creates a new file with these bytes; refuses (`.alreadyExists`) if anything
    /// exists at `path`, a dangling symlink included.
    ///
    /// Creates missing parent folders when `makeFolders` is true. The bytes reach
    /// the disk as with `write` (temporary file, flush, then `link`, which never
    /// replaces anything), and the file gets mode 0644 minus the umask, or exactly the
    /// permission bits `like` gives (a file beside a plan takes the plan's: the minutes of a
    /// 0600 plan are 0600 too); folders made then get those bits, searchable where readable.
    public func create(_ bytes: [UInt8], at path: String, makeFolders: Bool,
                       like: FilePermissions? = nil) throws(StoreError) {
        let file = FilePath(path)
        try checkAbsent(file, path: path)
        if makeFolders {
            try makeFolderChain(file.folder, path: path, permissions: like.map(Self.folderPermissions))
        }
        let temporary = try attempt(path, .open) { () throws(Errno) in
            try TemporaryFile.create(for: file, permissions: like ?? .newFile)
        }
        do throws(StoreError) {
            try prepare(temporary, with: [bytes[...]], like: nil, path: path)
            if let like {
                try attempt(path, .fchmod) { () throws(Errno) in try POSIX.setPermissions(temporary.descriptor, like) }
            }
            beforeCommit?(temporary.path.string)
            try addName(file, to: temporary.path, path: path)
        } catch {
            temporary.discard()
            throw error
        }
        temporary.discard()  // The file now has its own name; drop the temporary one.
        try attempt(path, .syncFolder, saved: true) { () throws(Errno) in try POSIX.syncFolder(file.folder) }
    }

    /// Throws `.alreadyExists` if anything, even a dangling symlink, is at the path.
    private func checkAbsent(_ file: FilePath, path: String) throws(StoreError) {
        let existing = try attempt(path, .lstat) { () throws(Errno) in
            try POSIX.status(file, followSymlinks: false)
        }
        guard existing == nil else { throw .alreadyExists(path: path) }
    }

    /// Gives the finished temporary file its real name without replacing anything.
    ///
    /// On a file system without hard links, falls back to a rename after checking
    /// again that the name is free.
    private func addName(_ file: FilePath, to temporary: FilePath, path: String) throws(StoreError) {
        do throws(Errno) {
            try POSIX.addName(file, to: temporary)
        } catch .notPermitted, .notSupported {
            try checkAbsent(file, path: path)
            try attempt(path, .rename) { () throws(Errno) in try POSIX.replace(file, with: temporary) }
        } catch {
            throw StoreError(error, path: path, operation: StoreStep.link.rawValue)
        }
    }

    /// The permission bits of a file (following symlinks), or nil when there is none.
    public func permissions(of path: String) throws(StoreError) -> FilePermissions? {
        try attempt(path, .stat) { () throws(Errno) in
            try POSIX.status(FilePath(path)).map { FilePermissions(rawValue: $0.permissions.rawValue & 0o777) }
        }
    }

    /// A folder's bits for files of these bits: the same, with search wherever read is allowed.
    static func folderPermissions(_ file: FilePermissions) -> FilePermissions {
        let read = file.rawValue & 0o444
        return FilePermissions(rawValue: (file.rawValue & 0o666) | (read >> 2))
    }

    /// Creates a folder and any missing folders above it, like `mkdir -p`; the folders it makes
    /// get `permissions` exactly when given.
    private func makeFolderChain(_ folder: FilePath, path: String, permissions: FilePermissions? = nil) throws(StoreError) {
        if let status = try attempt(path, .stat, { () throws(Errno) in try POSIX.status(folder) }) {
            guard status.type == .directory else {
                throw .ioFailure(path: path, operation: "mkdir", errno: Errno.notDirectory.rawValue)
            }
            return
        }
        let parent = folder.removingLastComponent()
        if !parent.isEmpty && parent != folder {
            try makeFolderChain(parent, path: path, permissions: permissions)
        }
        do throws(Errno) {
            try POSIX.makeFolder(folder)
            if let permissions { try POSIX.setPermissions(of: folder, permissions) }
        } catch .fileExists {
            return  // Made by someone else meanwhile; `open` will tell if it is not a folder.
        } catch {
            throw StoreError(error, path: path, operation: StoreStep.mkdir.rawValue)
        }
        try attempt(path, .syncFolder) { () throws(Errno) in try POSIX.syncFolder(folder.folder) }
    }
}

extension PlanStore {
    /// Runs one step's system call, turning its `Errno` into the `StoreError` for `path`; a
    /// failure a test planted for the step (`injectFault`) is met instead of the call.
    /// A step after the new contents took the file's name (`saved`) fails as
    /// `.savedButNotFlushed`: they are in place, whatever the step was.
    fileprivate func attempt<R>(
        _ path: String, _ step: StoreStep, saved: Bool = false, _ body: () throws(Errno) -> R
    ) throws(StoreError) -> R {
        do throws(Errno) {
            if let planted = injectFault?(step) { throw planted }
            return try body()
        } catch {
            if saved { throw .savedButNotFlushed(path: path, operation: step.rawValue, errno: error.rawValue) }
            throw StoreError(error, path: path, operation: step.rawValue)
        }
    }
}

/// The steps of a read or a save, each one system call: what a failure names, and where a
/// test plants one.
enum StoreStep: String, Sendable, CaseIterable {
    case open, read, fstat, stat, lstat, realpath, access, write, fchmod, rename, link, mkdir
    /// Copying the file's extended attributes to the new contents.
    case xattr
    /// The flush of a file's bytes to the disk.
    case sync = "fsync"
    /// The flush of a folder, so that a new name survives a crash.
    case syncFolder = "fsync of the folder"
}
