import Foundation

/// Finds the `workplan` executable to measure.
enum BinaryLocator {
    /// The `--binary` path when given, else the `workplan` next to this program
    /// (found through `/proc/self/exe`). Fails with a hint to build it when it is missing.
    static func locate(_ given: String?) throws(BenchFailure) -> String {
        let path: String
        if let given {
            path = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        } else {
            path = try ownFolder() + "/workplan"
        }
        guard access(path, X_OK) == 0 else {
            throw BenchFailure(message: """
                no workplan executable at \(path).
                Build it first:  swift build -c release --static-swift-stdlib --product workplan
                or name one with --binary PATH.
                """)
        }
        return path
    }

    /// The folder that holds this program's executable.
    private static func ownFolder() throws(BenchFailure) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else {
            throw BenchFailure(message: "cannot read /proc/self/exe (\(String(cString: strerror(errno)))); pass --binary PATH")
        }
        let exe = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (exe as NSString).deletingLastPathComponent
    }
}
