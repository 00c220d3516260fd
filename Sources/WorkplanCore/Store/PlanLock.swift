#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The lock that every read-modify-write of a file holds, so that two writers never both
/// read the old version and the later rename wipes out the earlier one's change.
///
/// The lock is a sidecar file beside the target, `.<name>.lock`, never the target itself: on
/// CIFS shares locks are mandatory and would block readers. It is taken with `flock`, which
/// the kernel releases when the holder dies, so a killed writer never leaves it held. The
/// holder writes who it is (process, host, time) into the file, so that a writer that waits
/// too long can say who holds it. Where `flock` is not available (`ENOLCK`, `EOPNOTSUPP`:
/// some network file systems) the lock is the exclusive creation of `.<name>.lock.held`,
/// holding the same words, removed on release; one left by a dead process on this host is
/// recovered, and said so. The file format documentation describes both so that scripts can
/// take the lock too.
public struct PlanLock: ~Copyable {
    /// How the lock is held: by `flock` on the sidecar, or by having created the `.held` file.
    enum Kind {
        case flock(FileDescriptor)
        case created(FilePath)
    }

    private let kind: Kind
    /// The holder that had died without releasing a `.held` lock, which this lock replaced.
    public let recovered: LockHolder?

    fileprivate init(kind: Kind, recovered: LockHolder?) {
        self.kind = kind
        self.recovered = recovered
    }

    /// Lets the next writer in (the `deinit` does it, also on an early exit or a throw).
    /// Closing the descriptor drops the `flock`; the sidecar stays, since removing it would
    /// let two writers lock two different files of the same name.
    public consuming func release() {}

    deinit {
        switch kind {
        case .flock(let descriptor):
            try? descriptor.close()
        case .created(let path):
            POSIX.removeQuietly(path)
        }
    }

    /// The sidecar lock's path for a file: `.<name>.lock` in the same folder as the file
    /// symlinks finally lead to, so that two names of one file share one lock.
    static func sidecar(for target: FilePath) -> FilePath {
        let name = target.lastComponent?.string ?? "plan"
        return target.folder.appending(".\(name).lock")
    }

    /// The exclusive-create lock beside the sidecar, used where `flock` is not available.
    static func heldMarker(for target: FilePath) -> FilePath {
        let name = target.lastComponent?.string ?? "plan"
        return target.folder.appending(".\(name).lock.held")
    }

    /// Takes the lock of `target`, waiting at most `wait` seconds; throws `.locked` naming the
    /// holder when it is still held then. The lock file gets `permissions` (the plan's bits),
    /// so every officer who may write the plan may lock it.
    static func acquire(
        _ target: FilePath, path: String, permissions: FilePermissions, wait: Double, useFlock: Bool
    ) throws(StoreError) -> PlanLock {
        let deadline = Clock.now + wait
        if useFlock, let descriptor = try flockSidecar(target, path: path, permissions: permissions, until: deadline) {
            return PlanLock(kind: .flock(descriptor), recovered: nil)
        }
        return try createMarker(target, path: path, permissions: permissions, until: deadline)
    }

    /// Opens the sidecar and `flock`s it; nil when this file system has no `flock`.
    private static func flockSidecar(
        _ target: FilePath, path: String, permissions: FilePermissions, until deadline: Double
    ) throws(StoreError) -> FileDescriptor? {
        let sidecar = sidecar(for: target)
        let descriptor: FileDescriptor
        do throws(Errno) {
            descriptor = try openSidecar(sidecar, permissions: permissions)
        } catch {
            throw StoreError(error, path: path, operation: "open lock")
        }
        while true {
            if flock(descriptor.rawValue, LOCK_EX | LOCK_NB) == 0 {
                LockHolder.current().write(to: descriptor)
                return descriptor
            }
            let error = Errno(rawValue: errno)
            switch error {
            case .wouldBlock, .interrupted:
                if Clock.now >= deadline {
                    let holder = LockHolder.read(descriptor)
                    try? descriptor.close()
                    throw .locked(path: path, holder: holder)
                }
                Clock.pause()
            case .noLocks, .notSupported:
                try? descriptor.close()
                return nil
            default:
                try? descriptor.close()
                throw StoreError(error, path: path, operation: "flock")
            }
        }
    }

    /// Opens the sidecar, creating it with exactly the plan's bits (the umask would take group
    /// write away from a plan that a group shares). No symlink is followed: a planted link
    /// cannot make us write elsewhere. A sidecar this user may not write, made by another
    /// officer, is opened for reading: `flock` needs no more, only the holder's name is not
    /// written.
    private static func openSidecar(_ sidecar: FilePath, permissions: FilePermissions) throws(Errno) -> FileDescriptor {
        do throws(Errno) {
            let created = try POSIX.system {
                try FileDescriptor.open(sidecar, .readWrite, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                                        permissions: permissions)
            }
            try? POSIX.setPermissions(created, permissions)
            return created
        } catch .fileExists {
            do throws(Errno) {
                return try POSIX.system {
                    try FileDescriptor.open(sidecar, .readWrite, options: [.noFollow, .closeOnExec])
                }
            } catch .permissionDenied {
                return try POSIX.system {
                    try FileDescriptor.open(sidecar, .readOnly, options: [.noFollow, .closeOnExec])
                }
            }
        }
    }

    /// Takes the lock by creating `.<name>.lock.held` exclusively, recovering one left by a
    /// process of this host that is gone.
    private static func createMarker(
        _ target: FilePath, path: String, permissions: FilePermissions, until deadline: Double
    ) throws(StoreError) -> PlanLock {
        let marker = heldMarker(for: target)
        var recovered: LockHolder?
        while true {
            do throws(Errno) {
                let descriptor = try POSIX.system {
                    try FileDescriptor.open(marker, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                                            permissions: permissions)
                }
                LockHolder.current().write(to: descriptor)
                try? descriptor.close()
                return PlanLock(kind: .created(marker), recovered: recovered)
            } catch .fileExists {
                let holder = LockHolder.read(path: marker)
                if let holder, holder.isDeadHere {
                    POSIX.removeQuietly(marker)
                    recovered = holder
                    continue
                }
                if Clock.now >= deadline { throw .locked(path: path, holder: holder) }
                Clock.pause()
            } catch {
                throw StoreError(error, path: path, operation: "open lock")
            }
        }
    }
}

/// Who holds a lock, as its holder wrote it in the lock file: `pid host time`.
public struct LockHolder: Equatable, Sendable {
    /// The holder's process id.
    public let process: Int32
    /// The holder's host name.
    public let host: String
    /// When it took the lock, in seconds since 1970.
    public let since: Int64

    /// This process, now.
    static func current() -> LockHolder {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count - 1) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        return LockHolder(process: getpid(), host: host, since: Int64(time(nil)))
    }

    /// The words written in the lock file, one line.
    var line: String { "\(process) \(host) \(since)\n" }

    /// Replaces the lock file's words with this holder's; a failure only loses the holder's name.
    func write(to descriptor: FileDescriptor) {
        _ = ftruncate(descriptor.rawValue, 0)
        _ = try? descriptor.writeAll(toAbsoluteOffset: 0, Array(line.utf8))
    }

    /// The holder named in an open lock file, or nil when it names none.
    static func read(_ descriptor: FileDescriptor) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = (try? buffer.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        return parse(buffer.prefix(count))
    }

    /// The holder named in a lock file, or nil.
    static func read(path: FilePath) -> LockHolder? {
        guard let descriptor = try? FileDescriptor.open(path, .readOnly, options: [.noFollow, .closeOnExec]) else {
            return nil
        }
        defer { try? descriptor.close() }
        return read(descriptor)
    }

    /// Reads `pid host time`.
    static func parse(_ bytes: ArraySlice<UInt8>) -> LockHolder? {
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count == 3, let process = Int32(words[0]), let since = Int64(words[2]) else { return nil }
        return LockHolder(process: process, host: String(words[1]), since: since)
    }

    /// True when the holder was a process of this host that no longer runs.
    var isDeadHere: Bool {
        host == LockHolder.current().host && kill(process, 0) == -1 && errno == ESRCH
    }

    /// "process 123 on host h since 21:03:05", for a message.
    func describe(_ language: Language) -> String {
        var seconds = time_t(since)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let clock = [parts.tm_hour, parts.tm_min, parts.tm_sec].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
        return language.pick(vi: "tiến trình \(process) trên máy \(host) (từ \(clock))",
                             en: "process \(process) on host \(host) (since \(clock))")
    }

    /// What to tell the officer after a change that took over this holder's lock, left by a
    /// process that had died: the holder, and that its change may not have been saved.
    public func recoveryNotice(_ language: Language) -> String {
        language.pick(vi: "đã lấy lại khoá của tệp do \(describe(language)) để lại khi dừng giữa chừng; thay đổi của tiến trình đó có thể chưa được lưu",
                      en: "took over the file's lock left by \(describe(language)), which had stopped midway; its change may not have been saved")
    }
}

/// The monotonic clock the lock waits by.
private enum Clock {
    /// Seconds on the monotonic clock.
    static var now: Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Waits 5 ms between tries.
    static func pause() {
        usleep(5_000)
    }
}
