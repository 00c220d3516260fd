import Foundation
import Glibc
import Testing

/// A real full file system: a 256 KiB tmpfs (mounting one needs root, as CI runs) holding a plan
/// and a file that takes every free byte. `workplan done` there says the disk is full in one
/// sentence and exits 1; the plan keeps its bytes and no temporary file is left; once room is
/// made, the same command works.
@Suite("A full disk", .enabled(if: geteuid() == 0, "mounting a small tmpfs needs root"))
struct FullDiskTests {
    @Test("workplan done on a full tmpfs: exit 1, one sentence, the plan byte for byte, no temporary file; then it works")
    func fullTmpfs() throws {
        try withTemporaryFolder { folder in
            let mount = folder.appendingPathComponent("disk")
            try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: false)
            #expect(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.path]).status == 0)
            defer { _ = Self.run("/bin/umount", [mount.path]) }
            let plan = mount.appendingPathComponent("plan.md")
            var text = "# Kế hoạch\n## Việc\n"
            for number in 1...400 { text += "- [ ] Việc số \(number) của Văn phòng  id:T\(number)\n" }
            try Data(text.utf8).write(to: plan)
            let filler = mount.appendingPathComponent("filler")
            let fill = Self.run("/bin/dd", ["if=/dev/zero", "of=\(filler.path)", "bs=4096"])
            #expect(fill.status != 0, "dd stops when the disk is full")
            let binary = try WorkplanBinary.url().path
            let full = Self.run(binary, ["done", "--file", plan.path, "T7"])
            let left = try FileManager.default.contentsOfDirectory(atPath: mount.path).filter { $0.contains(".workplan-") }
            print("full disk: exit \(full.status), \(left.count) temporary files left; \(full.error)")
            #expect(full.status == 1)
            #expect(full.error.contains("không đủ dung lượng đĩa") && full.error.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: plan) == Data(text.utf8))
            #expect(left.isEmpty)
            try FileManager.default.removeItem(at: filler)
            #expect(Self.run(binary, ["done", "--file", plan.path, "T7"]).status == 0)
            #expect(try String(contentsOf: plan, encoding: .utf8).contains("- [x] Việc số 7 của Văn phòng  id:T7 done:"))
        }
    }

    /// Runs a program to its end; its exit status and standard error.
    static func run(_ path: String, _ arguments: [String]) -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ["LANG": "C.UTF-8", "WORKPLAN_TODAY": "2021-07-15", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
