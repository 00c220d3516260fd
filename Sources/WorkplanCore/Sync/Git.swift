#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import Synchronization

/// Git as a program: the `git` command, spawned once per step, its output read whole. Workplan
/// keeps no copy of git's code and writes no repository by hand; tests give a `Git` that runs
/// in a folder of their own.
public struct Git: Sendable {
    /// What one run of git gave.
    public struct Result: Sendable {
        public let status: Int32
        public let output: [UInt8]
        public let error: [UInt8]

        public var succeeded: Bool { status == 0 }
        /// Standard output as text, without the last line break.
        public var text: String {
            var text = String(decoding: output, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
        /// Standard error as text, without the last line break.
        public var errorText: String {
            var text = String(decoding: error, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    /// The folder git runs in.
    public let folder: String
    /// Variables added to the environment git runs with.
    public let environment: [String: String]

    public init(folder: String, environment: [String: String] = [:]) {
        self.folder = folder
        self.environment = environment
    }

    /// Runs `git ARGUMENTS` in the folder, with `input` on its standard input. Git never asks
    /// for a password on the terminal (a sync runs from the interface too) and speaks English,
    /// which Workplan reads; what it says is passed on to the officer as it is.
    public func run(_ arguments: [String], input: [UInt8] = []) throws(SyncError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var variables = ProcessInfo.processInfo.environment
        variables["GIT_TERMINAL_PROMPT"] = "0"
        variables["LC_ALL"] = "C"
        variables.merge(environment) { _, given in given }
        process.environment = variables
        let output = Pipe(), error = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = feed
        do {
            try process.run()
        } catch {
            throw .gitMissing
        }
        feed.fileHandleForWriting.write(Data(input))
        try? feed.fileHandleForWriting.close()
        // Both pipes are read at once, so that neither fills while git waits on the other.
        let errorBytes = Mutex(Data())
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            let data = error.fileHandleForReading.readDataToEndOfFile()
            errorBytes.withLock { $0 = data }
        }
        let outputBytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        if process.terminationReason == .exit, process.terminationStatus == 127 { throw .gitMissing }
        return Result(status: process.terminationStatus, output: [UInt8](outputBytes),
                      error: [UInt8](errorBytes.withLock { $0 }))
    }

    /// Runs git and returns its output, or throws what it said when it failed.
    @discardableResult
    public func check(_ arguments: [String], input: [UInt8] = []) throws(SyncError) -> Result {
        let result = try run(arguments, input: input)
        guard result.succeeded else {
            throw .gitFailed(command: "git " + arguments.joined(separator: " "), said: result.errorText.isEmpty ? result.text : result.errorText)
        }
        return result
    }
}
