import Foundation
import CSystemCalls
import Testing

@testable import WorkplanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tests of `PlanStore`, each in its own fresh folder made by `mkdtemp`.
///
/// Tests run as root here, and root ignores permission bits; where a test needs the
/// system to refuse, it uses the immutable attribute (`chattr +i`), which binds root too.
@Suite("PlanStore")
struct PlanStoreTests {
    let store = PlanStore()

    // MARK: Round trips

    /// Contents a plan file may have, named so a failure says which one.
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "empty", bytes: []),
        Sample(name: "one line", bytes: Array("một dòng\n".utf8)),
        Sample(name: "CRLF", bytes: Array("# Kế hoạch\r\n- [ ] Việc 1  id:T1\r\n".utf8)),
        Sample(name: "BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("# BOM\n- [x] Xong\n".utf8)),
        Sample(name: "mixed endings, no final newline", bytes: Array("mixed\r\nendings\nno final newline".utf8)),
        Sample(name: "not UTF-8", bytes: [0x00, 0xFF, 0xFE, 0x0D, 0x0A, 0x80]),
        Sample(name: "300 kB", bytes: (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
    ]

    @Test("write then read gives back exactly the bytes", arguments: samples)
    func roundTrip(sample: Sample) throws {
        let bytes = sample.bytes
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("old contents that differ\n".utf8))
            let written = try store.write(bytes, to: path, expecting: nil)
            let (read, fingerprint) = try store.read(path)
            #expect(read == bytes)
            #expect(try rawContents(path) == bytes)
            #expect(fingerprint == written)
            #expect(try store.fingerprint(of: path) == written)
            #expect(fingerprint.size == Int64(bytes.count))
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("write with no expectation creates a missing file")
    func writeCreatesMissingFile() throws {
        try withFolder { folder throws in
            let path = folder + "/new.md"
            try store.write(Array("mới\n".utf8), to: path, expecting: nil)
            #expect(try rawContents(path) == Array("mới\n".utf8))
            #expect(try permissions(path) == 0o644 & ~currentUmask())
            #expect(listing(folder) == ["new.md"])
        }
    }

    @Test("the fingerprint a write returns is good for the next write")
    func chainedWrites() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("0\n".utf8))
            var fingerprint = try store.read(path).fingerprint
            for round in 1...5 {
                fingerprint = try store.write(Array("\(round)\n".utf8), to: path, expecting: fingerprint)
            }
            #expect(try rawContents(path) == Array("5\n".utf8))
        }
    }

    // MARK: Mode, owner, symlinks

    @Test("a plan with several hard links is refused with a sentence and both names keep their bytes; with one name again it saves")
    func hardLinksRefused() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let other = folder + "/plan-copy.md"
            try makeFile(path, Array("x\n".utf8), mode: 0o644)
            #expect(link(path, other) == 0)
            #expect(throws: StoreError.hardLinked(path: path, names: 2)) {
                try store.write(Array("y\n".utf8), to: path, expecting: nil)
            }
            #expect(StoreError.hardLinked(path: path, names: 2).message(.vi).contains("liên kết cứng"))
            #expect(try rawContents(path) == Array("x\n".utf8))
            #expect(try rawContents(other) == Array("x\n".utf8))
            let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".workplan-") }
            #expect(left.isEmpty)
            #expect(unlink(other) == 0)
            try store.write(Array("y\n".utf8), to: path, expecting: nil)
            #expect(try rawContents(path) == Array("y\n".utf8))
        }
    }

    @Test("write keeps the file's extended attributes (a label another program put on the plan)")
    func keepsExtendedAttributes() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("x\n".utf8), mode: 0o644)
            let value = Array("Văn phòng HĐND".utf8)
            guard setxattr(path, "user.workplan.label", value, value.count, 0) == 0 else {
                #expect(errno == ENOTSUP, "setxattr failed with errno \(errno)")
                return
            }
            try store.write(Array("y\n".utf8), to: path, expecting: nil)
            var read = [UInt8](repeating: 0, count: 64)
            let length = getxattr(path, "user.workplan.label", &read, read.count)
            #expect(length == value.count && Array(read.prefix(max(0, length))) == value)
            #expect(try rawContents(path) == Array("y\n".utf8))
        }
    }

    @Test("write keeps the file's permission bits", arguments: [0o640, 0o600, 0o644, 0o664, 0o660] as [mode_t])
    func keepsMode(mode: mode_t) throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("x\n".utf8), mode: mode)
            try store.write(Array("y\n".utf8), to: path, expecting: nil)
            #expect(try permissions(path) == mode)
            #expect(try rawContents(path) == Array("y\n".utf8))
        }
    }

    @Test("write keeps the file's owner and group", .enabled(if: geteuid() == 0, "only root can give files away"))
    func keepsOwner() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("x\n".utf8), mode: 0o640)
            try check(chown(path, 4321, 8765) == 0, "chown")
            try store.write(Array("y\n".utf8), to: path, expecting: nil)
            let status = try fileStatus(path)
            #expect(status.st_uid == 4321)
            #expect(status.st_gid == 8765)
            #expect(status.st_mode & 0o7777 == 0o640)
        }
    }

    @Test("writing through a chain of symlinks updates the target and keeps the links")
    func symlinkChain() throws {
        try withFolder { folder throws in
            try check(mkdir(folder + "/real", 0o755) == 0, "mkdir")
            let target = folder + "/real/plan.md"
            try makeFile(target, Array("old\n".utf8), mode: 0o640)
            try check(symlink("real/plan.md", folder + "/first.md") == 0, "symlink")
            try check(symlink(folder + "/first.md", folder + "/second.md") == 0, "symlink")
            let (bytes, fingerprint) = try store.read(folder + "/second.md")
            #expect(bytes == Array("old\n".utf8))

            try store.write(Array("new\n".utf8), to: folder + "/second.md", expecting: fingerprint)

            #expect(try rawContents(target) == Array("new\n".utf8))
            #expect(try permissions(target) == 0o640)
            #expect(linkText(folder + "/first.md") == "real/plan.md")
            #expect(linkText(folder + "/second.md") == folder + "/first.md")
            #expect(listing(folder) == ["first.md", "real", "second.md"])
            #expect(listing(folder + "/real") == ["plan.md"])
        }
    }

    @Test("a write to a dangling symlink is refused and creates nothing")
    func danglingSymlinkWrite() throws {
        try withFolder { folder throws in
            try check(symlink("missing.md", folder + "/plan.md") == 0, "symlink")
            #expect(throws: StoreError.notFound(path: folder + "/plan.md")) {
                try store.write(Array("x".utf8), to: folder + "/plan.md", expecting: nil)
            }
            #expect(linkText(folder + "/plan.md") == "missing.md")
            #expect(listing(folder) == ["plan.md"])
        }
    }

    // MARK: Failures leave the old file and no temporary file

    @Test("a write into a folder the system will not change fails and leaves everything as it was")
    func readOnlyFolder() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let old = Array("cũ\n".utf8)
            try makeFile(path, old)
            if geteuid() == 0 {
                // Root ignores 0555; the immutable attribute stops root too.
                try check(setImmutable(folder, true), "chattr +i (needs CAP_LINUX_IMMUTABLE)")
            } else {
                try check(chmod(folder, 0o555) == 0, "chmod")
            }
            defer {
                _ = setImmutable(folder, false)
                _ = chmod(folder, 0o700)
            }
            #expect(throws: StoreError.permissionDenied(path: path)) {
                try store.write(Array("mới\n".utf8), to: path, expecting: nil)
            }
            #expect(try rawContents(path) == old)
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("a file that may not be written is not replaced, though its folder allows it")
    func readOnlyFile() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let old = Array("cũ\n".utf8)
            try makeFile(path, old, mode: 0o444)
            if geteuid() == 0 {
                try check(setImmutable(path, true), "chattr +i (needs CAP_LINUX_IMMUTABLE)")
            }
            defer { _ = setImmutable(path, false) }
            #expect(throws: StoreError.permissionDenied(path: path)) {
                try store.write(Array("mới\n".utf8), to: path, expecting: nil)
            }
            #expect(try rawContents(path) == old)
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("a rename that fails removes the temporary file and keeps the old file",
          .enabled(if: geteuid() == 0, "making rename fail on a kept file needs chattr, so root"))
    func renameFailsOnImmutableTarget() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let old = Array("cũ\n".utf8)
            try makeFile(path, old)
            defer { _ = setImmutable(path, false) }
            let sawTemporary = Flag()
            // Once the temporary file is complete, the target turns immutable: rename gets EPERM.
            let racing = PlanStore { temporary in
                sawTemporary.set(FileManager.default.fileExists(atPath: temporary) && setImmutable(path, true))
            }
            #expect(throws: StoreError.permissionDenied(path: path)) {
                try racing.write(Array("mới\n".utf8), to: path, expecting: nil)
            }
            #expect(sawTemporary.value)
            #expect(try rawContents(path) == old)
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("a rename onto a folder that appeared meanwhile fails and leaves no temporary file")
    func renameFailsOntoFolder() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("cũ\n".utf8))
            let racing = PlanStore { _ in
                unlink(path)
                mkdir(path, 0o755)
                try? makeFile(path + "/inside.md", Array("giữ\n".utf8))
            }
            #expect(throws: StoreError.notARegularFile(path: path)) {
                try racing.write(Array("mới\n".utf8), to: path, expecting: nil)
            }
            #expect(listing(folder) == ["plan.md"])
            #expect(listing(path) == ["inside.md"])
            #expect(try rawContents(path + "/inside.md") == Array("giữ\n".utf8))
        }
    }

    @Test("writing to a folder or into a missing folder fails without leaving anything")
    func badTargets() throws {
        try withFolder { folder throws in
            try check(mkdir(folder + "/plan.md", 0o755) == 0, "mkdir")
            #expect(throws: StoreError.notARegularFile(path: folder + "/plan.md")) {
                try store.write(Array("x".utf8), to: folder + "/plan.md", expecting: nil)
            }
            #expect(throws: StoreError.notFound(path: folder + "/missing/plan.md")) {
                try store.write(Array("x".utf8), to: folder + "/missing/plan.md", expecting: nil)
            }
            #expect(listing(folder) == ["plan.md"])
            #expect(listing(folder + "/plan.md") == [])
        }
    }

    // MARK: Changes by someone else

    @Test("a write based on an old read is refused when another writer replaced the file")
    func changedByAnotherWrite() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("v1\n".utf8))
            let mine = try store.read(path).fingerprint
            try store.write(Array("theirs\n".utf8), to: path, expecting: nil)
            #expect(throws: StoreError.changedOnDisk(path: path)) {
                try store.write(Array("mine\n".utf8), to: path, expecting: mine)
            }
            #expect(try rawContents(path) == Array("theirs\n".utf8))
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("a write is refused when the file was changed in place, even with the same size")
    func changedInPlace() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("abc\n".utf8))
            let mine = try store.read(path).fingerprint
            // Same inode, same size, only the modification time differs.
            try overwriteInPlace(path, Array("xyz\n".utf8), modifiedSeconds: 1_000_000_000)
            #expect(throws: StoreError.changedOnDisk(path: path)) {
                try store.write(Array("mine\n".utf8), to: path, expecting: mine)
            }
            #expect(try rawContents(path) == Array("xyz\n".utf8))
        }
    }

    @Test("a write is refused when the file was deleted since it was read")
    func deletedSinceRead() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("abc\n".utf8))
            let mine = try store.read(path).fingerprint
            try check(unlink(path) == 0, "unlink")
            #expect(throws: StoreError.changedOnDisk(path: path)) {
                try store.write(Array("mine\n".utf8), to: path, expecting: mine)
            }
            #expect(listing(folder) == [])
        }
    }

    @Test("a change that lands while the new file is being prepared is still caught")
    func changedDuringWrite() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            try makeFile(path, Array("v1\n".utf8))
            let mine = try store.read(path).fingerprint
            let racing = PlanStore { _ in
                try? overwriteInPlace(path, Array("v2, theirs\n".utf8), modifiedSeconds: 1_000_000_000)
            }
            #expect(throws: StoreError.changedOnDisk(path: path)) {
                try racing.write(Array("mine\n".utf8), to: path, expecting: mine)
            }
            #expect(try rawContents(path) == Array("v2, theirs\n".utf8))
            #expect(listing(folder) == ["plan.md"])
        }
    }

    // MARK: Reading

    @Test("read and fingerprint report missing files and non-files")
    func readFailures() throws {
        try withFolder { folder throws in
            #expect(throws: StoreError.notFound(path: folder + "/none.md")) {
                try store.read(folder + "/none.md")
            }
            #expect(try store.fingerprint(of: folder + "/none.md") == nil)
            try check(symlink("none.md", folder + "/dangling.md") == 0, "symlink")
            #expect(try store.fingerprint(of: folder + "/dangling.md") == nil)
            #expect(throws: StoreError.notARegularFile(path: folder)) {
                try store.read(folder)
            }
            try check(mkfifo(folder + "/pipe", 0o644) == 0, "mkfifo")
            #expect(throws: StoreError.notARegularFile(path: folder + "/pipe")) {
                try store.read(folder + "/pipe")
            }
        }
    }

    // MARK: Creating

    @Test("create writes a new file with mode 0644 minus the umask")
    func createNew() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let bytes = [0xEF, 0xBB, 0xBF] + Array("# Kế hoạch\r\n".utf8)
            try store.create(bytes, at: path, makeFolders: false)
            #expect(try rawContents(path) == bytes)
            #expect(try permissions(path) == 0o644 & ~currentUmask())
            #expect(try fileStatus(path).st_nlink == 1)
            #expect(listing(folder) == ["plan.md"])
        }
    }

    @Test("create refuses an existing file, folder or dangling symlink")
    func createRefuses() throws {
        try withFolder { folder throws in
            try makeFile(folder + "/file.md", Array("giữ\n".utf8))
            try check(mkdir(folder + "/folder.md", 0o755) == 0, "mkdir")
            try check(symlink("missing.md", folder + "/link.md") == 0, "symlink")
            for name in ["file.md", "folder.md", "link.md"] {
                #expect(throws: StoreError.alreadyExists(path: folder + "/" + name)) {
                    try store.create(Array("x".utf8), at: folder + "/" + name, makeFolders: true)
                }
            }
            #expect(try rawContents(folder + "/file.md") == Array("giữ\n".utf8))
            #expect(linkText(folder + "/link.md") == "missing.md")
            #expect(listing(folder) == ["file.md", "folder.md", "link.md"])
        }
    }

    @Test("create makes the missing folders only when asked")
    func createFolders() throws {
        try withFolder { folder throws in
            let path = folder + "/a/b/c/plan.md"
            #expect(throws: StoreError.notFound(path: path)) {
                try store.create(Array("x".utf8), at: path, makeFolders: false)
            }
            #expect(listing(folder) == [])
            try store.create(Array("x\n".utf8), at: path, makeFolders: true)
            #expect(try rawContents(path) == Array("x\n".utf8))
            #expect(listing(folder + "/a/b/c") == ["plan.md"])
            #expect(try fileStatus(folder + "/a/b").st_mode & S_IFMT == S_IFDIR)
        }
    }

    @Test("create does not replace a file that appears while it works")
    func createRace() throws {
        try withFolder { folder throws in
            let path = folder + "/plan.md"
            let racing = PlanStore { _ in
                _ = try? makeFile(path, Array("theirs\n".utf8))
            }
            #expect(throws: StoreError.alreadyExists(path: path)) {
                try racing.create(Array("mine\n".utf8), at: path, makeFolders: false)
            }
            #expect(try rawContents(path) == Array("theirs\n".utf8))
            #expect(listing(folder) == ["plan.md"])
        }
    }

    // MARK: Errors

    @Test("system errors map to the cases the user should see")
    func errnoMapping() {
        let path = "k.md"
        #expect(StoreError(.permissionDenied, path: path, operation: "open") == .permissionDenied(path: path))
        #expect(StoreError(.notPermitted, path: path, operation: "open") == .permissionDenied(path: path))
        #expect(StoreError(.readOnlyFileSystem, path: path, operation: "open") == .permissionDenied(path: path))
        #expect(StoreError(.noSpace, path: path, operation: "write") == .noSpace(path: path))
        #expect(StoreError(.diskQuotaExceeded, path: path, operation: "write") == .noSpace(path: path))
        #expect(StoreError(.noSuchFileOrDirectory, path: path, operation: "open") == .notFound(path: path))
        #expect(StoreError(.ioError, path: path, operation: "fsync")
            == .ioFailure(path: path, operation: "fsync", errno: EIO))
    }

    static let allErrors: [StoreError] = [
        .notFound(path: "/kế hoạch/plan.md"),
        .permissionDenied(path: "/kế hoạch/plan.md"),
        .alreadyExists(path: "/kế hoạch/plan.md"),
        .changedOnDisk(path: "/kế hoạch/plan.md"),
        .notARegularFile(path: "/kế hoạch/plan.md"),
        .noSpace(path: "/kế hoạch/plan.md"),
        .tooLarge(path: "/kế hoạch/plan.md"),
        .ioFailure(path: "/kế hoạch/plan.md", operation: "fsync", errno: EIO),
    ]

    @Test("every error has one sentence in each language, naming the path", arguments: allErrors)
    func messages(error: StoreError) {
        let vi = error.message(.vi)
        let en = error.message(.en)
        #expect(vi.contains("/kế hoạch/plan.md"))
        #expect(en.contains("/kế hoạch/plan.md"))
        #expect(vi != en)
        // Messages follow "workplan: " like the other diagnostics: lower case, no final period.
        #expect(!vi.hasSuffix(".") && !en.hasSuffix("."))
        #expect(vi.first?.isUppercase == false && en.first?.isUppercase == false)
        #expect(!vi.contains("\n") && !en.contains("\n"))
        let vietnameseLetters = Set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
        let withoutPath = vi.replacingOccurrences(of: "/kế hoạch/plan.md", with: "")
        #expect(withoutPath.lowercased().contains { vietnameseLetters.contains($0) })
        if case .ioFailure = error {
            let reason = String(cString: strerror(EIO))
            #expect(vi.contains(reason) && en.contains(reason))
        }
    }
}

// MARK: - Helpers, independent of PlanStore

/// A test helper failed to set things up.
private struct SetupFailure: Error, CustomStringConvertible {
    let description: String
}

/// Throws unless `ok`, naming the step and `errno`.
private func check(_ ok: Bool, _ step: String) throws {
    guard ok else { throw SetupFailure(description: "\(step) failed, errno \(errno)") }
}

/// Runs `body` in a fresh folder made by `mkdtemp`, removed afterwards.
private func withFolder(_ body: (String) throws -> Void) throws {
    var template = Array("/tmp/workplan-store-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw SetupFailure(description: "mkdtemp failed") }
    let folder = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
}

/// Creates or truncates a file with these bytes and this mode, with plain system calls.
private func makeFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try check(descriptor >= 0, "open \(path)")
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    try check(written == bytes.count, "write \(path)")
    try check(fchmod(descriptor, mode) == 0, "fchmod \(path)")
}

/// Overwrites a file's first bytes in place (same inode) and sets its modification time.
private func overwriteInPlace(_ path: String, _ bytes: [UInt8], modifiedSeconds: Int) throws {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    try check(descriptor >= 0, "open \(path)")
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    try check(written == bytes.count, "write \(path)")
    let times = [timespec(tv_sec: modifiedSeconds, tv_nsec: 0), timespec(tv_sec: modifiedSeconds, tv_nsec: 0)]
    try check(futimens(descriptor, times) == 0, "futimens \(path)")
}

/// The file's bytes, read without PlanStore.
private func rawContents(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw SetupFailure(description: "cannot read \(path)")
    }
    return [UInt8](data)
}

/// `lstat` of a path.
private func fileStatus(_ path: String) throws -> stat {
    var status = stat()
    try check(lstat(path, &status) == 0, "lstat \(path)")
    return status
}

/// The permission bits of a file.
private func permissions(_ path: String) throws -> mode_t {
    try fileStatus(path).st_mode & 0o7777
}

/// What a symlink points to, or nil if the path is not a symlink.
private func linkText(_ path: String) -> String? {
    try? FileManager.default.destinationOfSymbolicLink(atPath: path)
}

/// The names in a folder, hidden ones (such as temporary files) included, sorted.
private func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? ["<unreadable>"]).sorted()
}

/// The process umask, read from /proc without changing it.
private func currentUmask() throws -> mode_t {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    guard let line, let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
    else { throw SetupFailure(description: "no Umask in /proc/self/status") }
    return value
}

/// Sets or clears the immutable attribute with `chattr`; true if it worked.
@discardableResult
private func setImmutable(_ path: String, _ on: Bool) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [on ? "+i" : "-i", path]
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
    } catch {
        return false
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// A Boolean that a `@Sendable` hook can set.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = false

    /// The current value.
    var value: Bool { lock.withLock { stored } }

    /// Sets the value.
    func set(_ newValue: Bool) { lock.withLock { stored = newValue } }
}
