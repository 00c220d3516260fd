import Foundation
import Glibc

/// Files the end-to-end tests use: the built `workplan` binary and the example plans.
enum Fixtures {
    /// The package's root folder, found from this source file's path.
    static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The example plan of 2021 (copy it into a test's folder before using it).
    static let examplePlan2021 = packageRoot + "/docs/examples/plan-2021.md"

    /// The `workplan` binary built next to this test bundle (`swift build --build-tests`
    /// builds it): the folder of this test process's executable, after following links.
    static func workplanBinary() throws -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = count > 0
            ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : Bundle.main.bundlePath
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path.contains(".xctest"), folder.path != "/" { folder.deleteLastPathComponent() }
        let binary = folder.appendingPathComponent("workplan").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw HarnessError("""
                the workplan binary is missing at \(binary) (test process: \(executable)); \
                build it first with `swift build --build-tests`
                """)
        }
        return binary
    }
}
