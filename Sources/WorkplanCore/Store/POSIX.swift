#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemCalls
import SystemPackage

/// Thin, typed wrappers over the C calls that swift-system does not cover.
///
/// Each throws the call's `errno` as an `Errno`, and none knows about plan files.
enum POSIX {
    /// Runs a C call that returns -1 and sets `errno` on failure, retrying on `EINTR` if asked.
    static func call(retryOnInterrupt: Bool = true, _ body: () -> Int32) throws(Errno) {
        while true {
            if body() != -1 { return }
            let error = Errno(rawValue: errno)
            if error == .interrupted && retryOnInterrupt { continue }
            throw error
        }
    }

    /// Runs a swift-system call, narrowing its untyped error to `Errno`.
    static func system<R>(_ body: () throws -> R) throws(Errno) -> R {
        do {
            return try body()
        } catch let error as Errno {
            throw error
        } catch {
            throw Errno.ioError
        }
    }

    /// The absolute path with every symlink, `.` and `..` resolved (`realpath`).
    static func realPath(_ path: FilePath) throws(Errno) -> FilePath {
        let resolved = path.withPlatformString { realpath($0, nil) }
        guard let resolved else { throw Errno(rawValue: errno) }
        defer { free(resolved) }
        return FilePath(platformString: resolved)
    }

    /// `stat` (or `lstat`), or nil when nothing is there (`ENOENT`, `ENOTDIR`).
    static func status(_ path: FilePath, followSymlinks: Bool = true) throws(Errno) -> Stat? {
        do {
            return try Stat(path, followTargetSymlink: followSymlinks)
        } catch .noSuchFileOrDirectory, .notDirectory {
            return nil
        }
    }

    /// Flushes a file's data and metadata to the disk (`fsync`).
    static func syncFile(_ descriptor: FileDescriptor) throws(Errno) {
        try call { fsync(descriptor.rawValue) }
    }

    /// Sets the permission bits of an open file (`fchmod`).
    static func setPermissions(_ descriptor: FileDescriptor, _ permissions: FilePermissions) throws(Errno) {
        try call { fchmod(descriptor.rawValue, permissions.rawValue) }
    }

    /// Sets the permission bits of a path, exactly, whatever the umask (`chmod`).
    static func setPermissions(of path: FilePath, _ permissions: FilePermissions) throws(Errno) {
        try call { path.withPlatformString { chmod($0, permissions.rawValue) } }
    }

    /// Sets the owner and group of an open file (`fchown`).
    static func setOwner(_ descriptor: FileDescriptor, user: UserID, group: GroupID) throws(Errno) {
        try call { fchown(descriptor.rawValue, user.rawValue, group.rawValue) }
    }

    /// Sets only the group of an open file (`fchown` with owner -1).
    static func setGroup(_ descriptor: FileDescriptor, _ group: GroupID) throws(Errno) {
        try call { fchown(descriptor.rawValue, uid_t.max, group.rawValue) }
    }

    /// Atomically replaces `target` with `source` (`rename`).
    static func replace(_ target: FilePath, with source: FilePath) throws(Errno) {
        try call(retryOnInterrupt: false) {
            source.withPlatformString { from in
                target.withPlatformString { to in rename(from, to) }
            }
        }
    }

    /// Makes `target` a second name of `source`; fails with `EEXIST` if `target` exists (`link`).
    static func addName(_ target: FilePath, to source: FilePath) throws(Errno) {
        try call(retryOnInterrupt: false) {
            source.withPlatformString { from in
                target.withPlatformString { to in link(from, to) }
            }
        }
    }

    /// Removes a name (`unlink`); errors are ignored, as this only ever cleans up.
    static func removeQuietly(_ path: FilePath) {
        _ = path.withPlatformString { unlink($0) }
    }

    /// Creates one folder with mode 0777 minus the umask (`mkdir`).
    static func makeFolder(_ path: FilePath) throws(Errno) {
        try call(retryOnInterrupt: false) { path.withPlatformString { mkdir($0, 0o777) } }
    }

    /// Whether the effective user may write to the file (`faccessat` with `AT_EACCESS`).
    static func checkWritable(_ path: FilePath) throws(Errno) {
        try call { path.withPlatformString { faccessat(AT_FDCWD, $0, W_OK, AT_EACCESS) } }
    }

    /// Flushes a folder's entries (new names, renames) to the disk.
    ///
    /// File systems that cannot sync a folder (`EINVAL`) are not an error.
    static func syncFolder(_ folder: FilePath) throws(Errno) {
        let descriptor = try system {
            try FileDescriptor.open(folder, .readOnly, options: [.directory, .closeOnExec])
        }
        defer { try? descriptor.close() }
        do {
            try syncFile(descriptor)
        } catch .invalidArgument {
            return
        }
    }

    /// The extended attributes of a file (following symlinks), each name with its value; none
    /// where the file system keeps none.
    static func extendedAttributes(_ path: FilePath) throws(Errno) -> [(name: String, value: [UInt8])] {
        let file = path.string
        let size = listxattr(file, nil, 0)
        if size < 0 {
            if errno == ENOTSUP { return [] }
            throw Errno(rawValue: errno)
        }
        guard size > 0 else { return [] }
        var names = [CChar](repeating: 0, count: size)
        let listed = listxattr(file, &names, size)
        guard listed >= 0 else { throw Errno(rawValue: errno) }
        var attributes: [(name: String, value: [UInt8])] = []
        for raw in names.prefix(listed).split(separator: 0) {
            let name = String(decoding: raw.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let length = getxattr(file, name, nil, 0)
            guard length >= 0 else { throw Errno(rawValue: errno) }
            var value = [UInt8](repeating: 0, count: length)
            let read = getxattr(file, name, &value, length)
            guard read >= 0 else { throw Errno(rawValue: errno) }
            attributes.append((name, Array(value.prefix(read))))
        }
        return attributes
    }

    /// Gives an open file these extended attributes.
    static func setExtendedAttributes(_ descriptor: FileDescriptor, _ attributes: [(name: String, value: [UInt8])]) throws(Errno) {
        for attribute in attributes {
            guard fsetxattr(descriptor.rawValue, attribute.name, attribute.value, attribute.value.count, 0) == 0 else {
                throw Errno(rawValue: errno)
            }
        }
    }
}

extension FilePath {
    /// The folder that holds this path: `.` for a bare name.
    var folder: FilePath {
        let folder = removingLastComponent()
        return folder.isEmpty ? "." : folder
    }
}

/// A new, open file next to a target, named `.<name>.workplan-XXXXXX`, that becomes
/// the target once its bytes are safely on disk.
struct TemporaryFile {
    /// Where the temporary file is.
    let path: FilePath
    /// The open, write-only descriptor of the temporary file.
    let descriptor: FileDescriptor

    /// How many random names to try before giving up.
    private static let attempts = 100
    /// Letters of the random suffix.
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// Creates a new file (`O_CREAT | O_EXCL`) in the target's folder.
    ///
    /// `permissions` are given to `open`, so the umask applies to them.
    static func create(for target: FilePath, permissions: FilePermissions) throws(Errno) -> TemporaryFile {
        for _ in 0..<attempts {
            let candidate = target.folder.appending(name(for: target))
            do throws(Errno) {
                let descriptor = try POSIX.system {
                    try FileDescriptor.open(
                        candidate, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                        permissions: permissions)
                }
                return TemporaryFile(path: candidate, descriptor: descriptor)
            } catch .fileExists {
                continue
            }
        }
        throw Errno.fileExists
    }

    /// A fresh name `.<name>.workplan-XXXXXX`, short enough for any file system.
    static func name(for target: FilePath) -> String {
        let suffix = String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
        return namePrefix(for: target) + suffix
    }

    /// What every temporary name of `target` starts with, `.<name>.workplan-`, its name cut
    /// to 50 characters.
    static func namePrefix(for target: FilePath) -> String {
        let base = String(String.UnicodeScalarView((target.lastComponent?.string ?? "plan").unicodeScalars.prefix(50)))
        return ".\(base).workplan-"
    }

    /// Removes the temporary files of `target` (`.<name>.workplan-XXXXXX`) that writers
    /// killed mid-save left behind. Only called under the target's lock, when no live writer
    /// has one open.
    static func sweep(for target: FilePath) {
        let prefix = Array(namePrefix(for: target).utf8)
        let folder = target.folder
        guard let listing = folder.withPlatformString({ opendir($0) }) else { return }
        defer { closedir(listing) }
        var leftovers: [String] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name.count == prefix.count + 6, name.starts(with: prefix) {
                leftovers.append(String(decoding: name, as: UTF8.self))
            }
        }
        for name in leftovers { POSIX.removeQuietly(folder.appending(name)) }
    }

    /// Writes every byte, handling partial writes and `EINTR`.
    func write(_ pieces: [ArraySlice<UInt8>]) throws(Errno) {
        for piece in pieces {
            _ = try POSIX.system { try descriptor.writeAll(piece) }
        }
    }

    /// Gives the file the owner, group and permission bits of `original`.
    ///
    /// A user who may not give the file away keeps it, and still tries the group.
    func adopt(_ original: Stat) throws(Errno) {
        let current = try descriptor.stat()
        if current.userID != original.userID || current.groupID != original.groupID {
            do throws(Errno) {
                try POSIX.setOwner(descriptor, user: original.userID, group: original.groupID)
            } catch .notPermitted {
                try adoptGroup(original.groupID, current: current.groupID)
            }
        }
        try POSIX.setPermissions(descriptor, original.permissions)
    }

    /// Gives the file a group, if the user is allowed to.
    private func adoptGroup(_ group: GroupID, current: GroupID) throws(Errno) {
        guard group != current else { return }
        do throws(Errno) {
            try POSIX.setGroup(descriptor, group)
        } catch .notPermitted {
            return
        }
    }

    /// Flushes the file's bytes and metadata to the disk.
    func sync() throws(Errno) {
        try POSIX.syncFile(descriptor)
    }

    /// Closes the descriptor. Its bytes are already synced, so a close error loses nothing.
    func close() {
        try? descriptor.close()
    }

    /// Closes and removes the temporary file after a failure.
    func discard() {
        close()
        POSIX.removeQuietly(path)
    }
}

extension FilePermissions {
    /// 0644: a new plan file, before the umask.
    static let newFile = FilePermissions(rawValue: 0o644)
    /// 0600: a temporary copy of an existing file, until it gets the original's mode.
    static let ownerOnly = FilePermissions(rawValue: 0o600)
}
