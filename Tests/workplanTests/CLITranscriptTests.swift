// Transcript tests of the `workplan` command line, in the style of todo.txt-cli's tests:
// each scenario is a file under Transcripts/ that says which files to start from, which
// commands to run, and exactly what each prints and returns.
//
// # The transcript format (`*.t`)
//
// A transcript is read line by line. Outside a command block:
//
//     # text                  a comment; blank lines are ignored too
//     @ env KEY=VALUE         sets a variable for the following commands (VALUE may be empty)
//     @ unset KEY             removes a variable for the following commands
//     > file PATH             writes a file (folders are made as needed); its lines follow,
//     …                       each written with "\n", up to the line `> end`
//     > end
//     > copy NAME PATH        writes the file Transcripts/fixtures/NAME to PATH
//     = file PATH             asserts the file's exact contents (lines as for `> file`),
//     …                       up to the line `= end`
//     = end
//     = unchanged PATH        asserts the file still holds what `> file` or `> copy` last wrote
//     = absent PATH           asserts nothing exists at PATH
//     $ workplan ARGS…        runs the built binary; its expected output follows:
//     stdout line             any line: one line of standard output
//     ! stderr line           `! ` (or a lone `!`): one line of standard error
//     \stdout line            a leading backslash is dropped and the rest is a stdout line,
//                             for output that starts with `!`, `? `, `\`, `$ `, `> `, `= `, `@ `
//     ? N                     the exit status; it ends the command block (and is required)
//
// Standard output and standard error are compared separately, each exactly and in order;
// how their lines interleave in the transcript does not matter. No stdout line means empty
// stdout, no `!` line means empty stderr. Each expected line stands for its text and "\n".
//
// The arguments after `$ workplan` are split as a shell would: on spaces and tabs; "…"
// keeps spaces (with \" and \\ inside it), '…' keeps everything, \ outside quotes escapes
// the next character, and adjacent parts join into one word (`title:"Họp giao ban"`).
//
// Bytes that a text file cannot show plainly: a content line (of a file, of stdout or
// stderr, or a `$` line) that ends with ` (esc)` has its escapes read: \\ \r \n \t \0
// \xHH (one byte) and \u{HHHH} (one scalar, as UTF-8), so `plan.md` can hold CRLF line
// endings (`- [ ] Task\r (esc)`), invalid UTF-8 (`\xff`) or a NUL (`\0`), and a query can
// be written in NFD. A content line that ends with ` (no-eol)` (before or after ` (esc)`)
// has no "\n" after it; it must be the last line of its block.
//
// `{tmp}` stands for the scenario's folder: in `@ env` values, in arguments and in the
// expected output (the folder's path in the actual output is shown as `{tmp}`).
//
// # How a scenario runs
//
// Each transcript runs in a new folder made by mkdtemp, which is the command's working
// directory, with only these variables (before the transcript's `@ env` / `@ unset`):
// HOME={tmp}/home, XDG_DATA_HOME={tmp}/data, WORKPLAN_TODAY=2021-10-29, LANG=C.UTF-8,
// LC_ALL=C.UTF-8, PATH=/usr/bin:/bin. WORKPLAN_FILE, WORKPLAN_LANG and COLUMNS are unset.
// Standard input is /dev/null. The binary is the `workplan` built next to this test bundle
// (`swift build --build-tests` builds it). The folder is removed afterwards, unless the
// test run has TRANSCRIPT_KEEP_FOLDERS=1 and the scenario failed (its path is then shown).

import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names of the transcripts, without `.t`, sorted.
private let transcriptNames: [String] = Transcripts.names()

@Suite("Command-line transcripts")
struct CLITranscriptTests {
    @Test("Transcripts and the workplan binary are in place")
    func harnessFindsItsInputs() throws {
        #expect(Transcripts.folder != nil, "Transcripts folder not found in Bundle.module")
        #expect(transcriptNames.count >= 30, "expected the transcript files, found \(transcriptNames)")
        _ = try WorkplanBinary.url()
    }

    @Test("Transcript", arguments: transcriptNames)
    func transcript(_ name: String) throws {
        let text = try Transcripts.text(of: name)
        let script: Transcript
        do {
            script = try Transcript(parsing: text, name: name)
        } catch {
            Issue.record("\(name).t: \(error)")
            return
        }
        let binary = try WorkplanBinary.url()
        let runner = try TranscriptRunner(name: name, binary: binary)
        let failures = runner.run(script)
        let keep = !failures.isEmpty && ProcessInfo.processInfo.environment["TRANSCRIPT_KEEP_FOLDERS"] == "1"
        let note = keep ? "\n(scenario folder kept at \(runner.folder))"
            : "\n(set TRANSCRIPT_KEEP_FOLDERS=1 to keep the scenario folder)"
        for failure in failures {
            Issue.record(Comment(rawValue: failure + note))
        }
        if !keep { runner.removeFolder() }
    }

    @Test("Shell-like splitting of command lines")
    func splitsArguments() throws {
        #expect(try ShellWords.split(#"done KH1.1 TX1"#) == ["done", "KH1.1", "TX1"])
        #expect(try ShellWords.split(#"set KH1 "title:Họp giao ban"  due:"#) == ["set", "KH1", "title:Họp giao ban", "due:"])
        #expect(try ShellWords.split(#"add title:"a b"c 'x "y"' "q\"uote\\" \ sp """#)
            == ["add", "title:a bc", #"x "y""#, #"q"uote\"#, " sp", ""])
        #expect(throws: TranscriptError.self) { try ShellWords.split(#"list --search "open"#) }
    }

    @Test("Reading a command block")
    func readsCommandBlocks() throws {
        let script = try Transcript(parsing: #"""
            # comment
            @ env WORKPLAN_LANG=en
            > file plan.md
            - [ ] A\r (esc)
            last (no-eol)
            > end
            $ workplan list "two words" (esc)
            out
            ! err
            \! not stderr
            | table |
            !
            ? 3
            = absent x.md
            """#, name: "unit")
        #expect(script.steps.count == 4)
        guard case let .writeFile(path, bytes) = script.steps[1].step,
              case let .run(command) = script.steps[2].step else {
            Issue.record("unexpected steps \(script.steps)")
            return
        }
        #expect(path == "plan.md")
        #expect(bytes == Array("- [ ] A\r\nlast".utf8))
        #expect(command.arguments == ["list", "two words"])
        #expect(command.stdout == Array("out\n! not stderr\n| table |\n".utf8))
        #expect(command.stderr == Array("err\n\n".utf8))
        #expect(command.exitCode == 3)
        #expect(throws: TranscriptError.self) { try Transcript(parsing: "$ workplan list\nout\n", name: "unit") }
        #expect(throws: TranscriptError.self) {
            try Transcript(parsing: "$ workplan list\nout\n$ workplan check\n? 0\n", name: "unit")
        }
        #expect(throws: TranscriptError.self) { try Transcript(parsing: "$ ls\n? 0\n", name: "unit") }
        #expect(throws: TranscriptError.self) { try Transcript(parsing: "> file ../x\n> end\n", name: "unit") }
    }

    @Test("Escapes in transcript lines")
    func readsEscapes() throws {
        #expect(try Escapes.decode(#"a\r\x00\xff\u{0300}\\"#) == Array("a\r".utf8) + [0, 0xFF, 0xCC, 0x80, 0x5C])
        #expect(Escapes.render(Array("plain Tiếng Việt".utf8)) == "plain Tiếng Việt")
        #expect(Escapes.render([0x61, 0x0D]) == #"a\r (esc)"#)
        #expect(Escapes.render([0xFF, 0x5C]) == #"\xff\\ (esc)"#)
        #expect(Escapes.render(Array("ends with space ".utf8)) == #"ends with space\x20 (esc)"#)
    }
}

// MARK: - Finding the inputs

/// The transcript files, copied into the test bundle's resources.
enum Transcripts {
    /// The `Transcripts` folder in the bundle, or nil when it is missing.
    static var folder: URL? {
        Bundle.module.url(forResource: "Transcripts", withExtension: nil)
    }

    /// The names (without `.t`) of the transcripts, sorted; empty when the folder is missing.
    static func names() -> [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return []
        }
        return files.filter { $0.hasSuffix(".t") }.map { String($0.dropLast(2)) }.sorted()
    }

    /// The bytes of a file in `Transcripts/fixtures/`.
    static func fixture(_ name: String) throws -> [UInt8] {
        guard let folder else { throw TranscriptError("Transcripts folder not found in Bundle.module") }
        let url = folder.appendingPathComponent("fixtures").appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TranscriptError("no fixture \(name) in Transcripts/fixtures")
        }
        return [UInt8](data)
    }

    /// The text of one transcript.
    static func text(of name: String) throws -> String {
        guard let folder else { throw TranscriptError("Transcripts folder not found in Bundle.module") }
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".t"))
        guard let text = String(data: data, encoding: .utf8) else { throw TranscriptError("\(name).t is not UTF-8") }
        return text
    }
}

/// The `workplan` executable built next to the test bundle.
enum WorkplanBinary {
    /// Its URL: the folder of this test process's executable (after following links), then `workplan`.
    static func url() throws -> URL {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable: String
        if count > 0 {
            executable = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        } else {
            // Not Linux: the bundle's own path (…/debug/WorkplanPackageTests.xctest).
            executable = Bundle.main.bundlePath
        }
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // On macOS the test binary sits inside …/debug/X.xctest/Contents/MacOS/.
        while folder.path.contains(".xctest"), folder.path != "/" { folder.deleteLastPathComponent() }
        let binary = folder.appendingPathComponent("workplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw TranscriptError("""
                the workplan binary is missing at \(binary.path) (test process: \(executable)); \
                build it first with `swift build --build-tests`
                """)
        }
        return binary
    }
}

/// A failure of the harness itself: a malformed transcript or a missing input.
struct TranscriptError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Reading transcripts

/// One transcript, read into steps.
struct Transcript {
    /// One thing to do, with the transcript line it came from (1-based).
    enum Step {
        case setEnv(key: String, value: String?)
        case writeFile(path: String, bytes: [UInt8])
        case expectFile(path: String, bytes: [UInt8])
        case expectUnchanged(path: String)
        case expectAbsent(path: String)
        case run(Command)
    }

    /// A `$ workplan …` line and what it must do.
    struct Command {
        var display: String
        var arguments: [String]
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var exitCode: Int32 = 0
    }

    var steps: [(line: Int, step: Step)] = []

    init(parsing text: String, name: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var index = 0
        func fail(_ message: String, at line: Int) -> TranscriptError {
            TranscriptError("\(name).t:\(line): \(message)")
        }
        /// Reads content lines up to `terminator`, returning their bytes.
        func content(until terminator: String, from start: Int) throws -> [UInt8] {
            var bytes: [UInt8] = []
            var ended = false
            while index < lines.count {
                let line = lines[index]
                index += 1
                if line == terminator { return bytes }
                if ended { throw fail("only the last line of a block may end with (no-eol)", at: index - 1) }
                do {
                    let decoded = try ContentLine(line)
                    bytes += decoded.bytes
                    if decoded.newline { bytes.append(10) } else { ended = true }
                } catch {
                    throw fail("\(error)", at: index)
                }
            }
            throw fail("the block has no `\(terminator)` line", at: start)
        }

        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            if line.hasPrefix("@ env ") {
                let assignment = String(line.dropFirst(6))
                guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                    throw fail("expected `@ env KEY=VALUE`", at: number)
                }
                steps.append((number, .setEnv(key: String(assignment[..<equals]),
                                              value: String(assignment[assignment.index(after: equals)...]))))
            } else if line.hasPrefix("@ unset ") {
                steps.append((number, .setEnv(key: String(line.dropFirst(8)), value: nil)))
            } else if line.hasPrefix("> file ") {
                let path = try Self.path(line.dropFirst(7), number, fail)
                steps.append((number, .writeFile(path: path, bytes: try content(until: "> end", from: number))))
            } else if line.hasPrefix("> copy ") {
                let words = line.dropFirst(7).split(separator: " ")
                guard words.count == 2 else { throw fail("expected `> copy NAME PATH`", at: number) }
                let fixture = try Self.path(words[0], number, fail)
                let bytes: [UInt8]
                do {
                    bytes = try Transcripts.fixture(fixture)
                } catch {
                    throw fail("\(error)", at: number)
                }
                steps.append((number, .writeFile(path: try Self.path(words[1], number, fail), bytes: bytes)))
            } else if line.hasPrefix("= file ") {
                let path = try Self.path(line.dropFirst(7), number, fail)
                steps.append((number, .expectFile(path: path, bytes: try content(until: "= end", from: number))))
            } else if line.hasPrefix("= unchanged ") {
                steps.append((number, .expectUnchanged(path: try Self.path(line.dropFirst(12), number, fail))))
            } else if line.hasPrefix("= absent ") {
                steps.append((number, .expectAbsent(path: try Self.path(line.dropFirst(9), number, fail))))
            } else if line.hasPrefix("$ ") {
                steps.append((number, .run(try command(line, number))))
            } else {
                throw fail("not a directive: \(line)", at: number)
            }
        }

        func command(_ line: String, _ number: Int) throws -> Command {
            var commandLine = String(line.dropFirst(2))
            do {
                let decoded = try ContentLine(commandLine)
                guard decoded.newline else { throw TranscriptError("(no-eol) means nothing on a command line") }
                guard let string = String(validating: decoded.bytes, as: UTF8.self) else {
                    throw TranscriptError("the command line is not UTF-8 once its escapes are read")
                }
                commandLine = string
            } catch {
                throw fail("\(error)", at: number)
            }
            let words: [String]
            do {
                words = try ShellWords.split(commandLine)
            } catch {
                throw fail("\(error)", at: number)
            }
            guard words.first == "workplan" else { throw fail("commands must start with `workplan`", at: number) }
            var command = Command(display: line.dropFirst(2).description, arguments: Array(words.dropFirst()))
            var stdoutEnded = false
            var stderrEnded = false
            while index < lines.count {
                let text = lines[index]
                index += 1
                if text.hasPrefix("? ") {
                    guard let code = Int32(text.dropFirst(2)) else { throw fail("expected `? N`", at: index) }
                    command.exitCode = code
                    return command
                }
                let toStderr = text == "!" || text.hasPrefix("! ")
                let body: String
                if toStderr {
                    body = String(text.dropFirst(2))
                } else if text.hasPrefix("\\") {
                    body = String(text.dropFirst())
                } else if Self.needsBackslash(text) {
                    throw fail("write `\\\(text)` for a stdout line that starts so (or is `? N` missing above?)", at: index)
                } else {
                    body = text
                }
                let decoded: ContentLine
                do {
                    decoded = try ContentLine(body)
                } catch {
                    throw fail("\(error)", at: index)
                }
                if toStderr ? stderrEnded : stdoutEnded {
                    throw fail("only the last line of an output may end with (no-eol)", at: index)
                }
                if toStderr {
                    command.stderr += decoded.bytes + (decoded.newline ? [10] : [])
                    stderrEnded = !decoded.newline
                } else {
                    command.stdout += decoded.bytes + (decoded.newline ? [10] : [])
                    stdoutEnded = !decoded.newline
                }
            }
            throw fail("the command has no `? N` line", at: number)
        }
    }

    /// True for a stdout line that a transcript must write with a leading backslash.
    static func needsBackslash(_ line: String) -> Bool {
        line.hasPrefix("!") || line.hasPrefix("\\") || line.hasPrefix("? ")
            || ["$ ", "> ", "= ", "@ "].contains(where: line.hasPrefix)
    }

    private static func path(_ text: Substring, _ line: Int,
                             _ fail: (String, Int) -> TranscriptError) throws -> String {
        let path = text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw fail("a path must be relative and stay inside the scenario's folder", line)
        }
        return path
    }
}

/// One line of content as written in a transcript: its bytes and whether "\n" follows.
struct ContentLine {
    var bytes: [UInt8]
    var newline = true

    init(_ line: String) throws {
        var text = Substring(line)
        var escaped = false
        while true {
            if text.hasSuffix(" (esc)"), !escaped {
                escaped = true
                text = text.dropLast(6)
            } else if text.hasSuffix(" (no-eol)"), newline {
                newline = false
                text = text.dropLast(9)
            } else {
                break
            }
        }
        bytes = escaped ? try Escapes.decode(text) : Array(text.utf8)
    }
}

/// The escapes of ` (esc)` lines, read and written.
enum Escapes {
    /// The bytes that an escaped line stands for.
    static func decode(_ text: some StringProtocol) throws -> [UInt8] {
        var out: [UInt8] = []
        var scalars = Array(String(text).unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                out += Array(String(scalar).utf8)
                continue
            }
            guard let next = scalars.popFirst() else { throw TranscriptError("a lone \\ ends an (esc) line") }
            switch next {
            case "\\": out.append(0x5C)
            case "r": out.append(0x0D)
            case "n": out.append(0x0A)
            case "t": out.append(0x09)
            case "0": out.append(0x00)
            case "x":
                let digits = String(String.UnicodeScalarView(scalars.prefix(2)))
                guard digits.count == 2, let byte = UInt8(digits, radix: 16) else {
                    throw TranscriptError("\\x needs two hex digits")
                }
                scalars = scalars.dropFirst(2)
                out.append(byte)
            case "u":
                guard scalars.first == "{", let close = scalars.firstIndex(of: "}"),
                      let value = UInt32(String(String.UnicodeScalarView(scalars[(scalars.startIndex + 1)..<close])), radix: 16),
                      let decoded = Unicode.Scalar(value) else {
                    throw TranscriptError("\\u needs {HEX} naming a Unicode scalar")
                }
                scalars = scalars[(close + 1)...]
                out += Array(String(decoded).utf8)
            default:
                throw TranscriptError("unknown escape \\\(next) (use \\\\ \\r \\n \\t \\0 \\xHH \\u{HHHH})")
            }
        }
        return out
    }

    /// A line's bytes as a transcript writes them: plain when the text shows as it is,
    /// otherwise escaped and marked ` (esc)`.
    static func render(_ bytes: [UInt8]) -> String {
        let trailingBlank = bytes.last == 0x20 || bytes.last == 0x09
        if let text = String(validating: bytes, as: UTF8.self), !trailingBlank,
           !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
           !text.hasSuffix(" (esc)"), !text.hasSuffix(" (no-eol)") {
            return text
        }
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            let length = Self.validSequenceLength(rest)
            let piece = rest.prefix(max(length, 1))
            rest = rest.dropFirst(piece.count)
            if length == 0 {
                out += String(format: "\\x%02x", piece.first!)
                continue
            }
            let scalar = String(decoding: piece, as: UTF8.self).unicodeScalars.first!
            switch scalar {
            case "\\": out += "\\\\"
            case "\r": out += "\\r"
            case "\t": out += rest.contains(where: { $0 != 0x20 && $0 != 0x09 }) ? "\t" : "\\t"
            case "\0": out += "\\0"
            case " " where !rest.contains(where: { $0 != 0x20 && $0 != 0x09 }): out += "\\x20"
            default:
                if scalar.properties.generalCategory == .control {
                    out += String(format: "\\u{%04X}", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + " (esc)"
    }

    /// The length of the valid UTF-8 sequence at the start, or 0 when the first byte starts none.
    private static func validSequenceLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        switch parser.parseScalar(from: &iterator) {
        case let .valid(encoded): return encoded.count
        case .emptyInput, .error: return 0
        }
    }
}

/// Splits a command line into words as a POSIX shell would, without expansions.
enum ShellWords {
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "\"":
                inWord = true
                var closed = false
                while let inner = characters.popFirst() {
                    if inner == "\"" { closed = true; break }
                    if inner == "\\", let next = characters.first, next == "\"" || next == "\\" {
                        word.append(next)
                        characters = characters.dropFirst()
                    } else {
                        word.append(inner)
                    }
                }
                guard closed else { throw TranscriptError("unclosed \" in: \(line)") }
            case "'":
                inWord = true
                guard let close = characters.firstIndex(of: "'") else { throw TranscriptError("unclosed ' in: \(line)") }
                word += String(characters[..<close])
                characters = characters[(close + 1)...]
            case "\\":
                inWord = true
                guard let next = characters.popFirst() else { throw TranscriptError("a lone \\ ends: \(line)") }
                word.append(next)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}

// MARK: - Running transcripts

/// Runs one transcript's steps in its own folder and collects what did not match.
final class TranscriptRunner {
    let name: String
    let binary: URL
    /// The scenario's folder (its real path).
    let folder: String
    private var environment: [String: String]
    private var seeded: [String: [UInt8]] = [:]

    init(name: String, binary: URL) throws {
        self.name = name
        self.binary = binary
        var template = Array((NSTemporaryDirectory() + "/workplan-\(name)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw TranscriptError("mkdtemp failed: errno \(errno)") }
        folder = Self.realPath(String(cString: made))
        try FileManager.default.createDirectory(atPath: folder + "/home", withIntermediateDirectories: true)
        environment = [
            "HOME": folder + "/home",
            "XDG_DATA_HOME": folder + "/data",
            "WORKPLAN_TODAY": "2021-10-29",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": "/usr/bin:/bin",
        ]
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs every step; returns one message per mismatch.
    func run(_ transcript: Transcript) -> [String] {
        var failures: [String] = []
        for (line, step) in transcript.steps {
            let place = "\(name).t:\(line)"
            do {
                switch step {
                case let .setEnv(key, value):
                    environment[key] = value.map(expand)
                case let .writeFile(path, bytes):
                    try write(bytes, to: path)
                    seeded[path] = bytes
                case let .expectFile(path, bytes):
                    if let problem = compareFile(path, with: bytes) { failures.append("\(place): \(problem)") }
                case let .expectUnchanged(path):
                    guard let bytes = seeded[path] else {
                        failures.append("\(place): `= unchanged \(path)` but no `> file` or `> copy` wrote it")
                        continue
                    }
                    if let problem = compareFile(path, with: bytes) { failures.append("\(place): \(problem)") }
                case let .expectAbsent(path):
                    if FileManager.default.fileExists(atPath: folder + "/" + path) {
                        failures.append("\(place): expected nothing at \(path), but it exists")
                    }
                case let .run(command):
                    failures += try check(command, place: place)
                }
            } catch {
                failures.append("\(place): \(error)")
            }
        }
        return failures
    }

    private func expand(_ text: String) -> String {
        text.replacingOccurrences(of: "{tmp}", with: folder)
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: folder + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func compareFile(_ path: String, with expected: [UInt8]) -> String? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + path) else {
            return "expected the file \(path), but it does not exist"
        }
        let actual = [UInt8](data)
        guard actual != expected else { return nil }
        return "the file \(path) differs (- expected, + actual):\n" + LineDiff.text(expected: expected, actual: actual)
    }

    private func check(_ command: Transcript.Command, place: String) throws -> [String] {
        let arguments = command.arguments.map(expand)
        let result = try ProcessRun.run(binary, arguments: arguments, environment: environment, in: folder)
        let stdout = hideFolder(result.stdout)
        let stderr = hideFolder(result.stderr)
        var problems: [String] = []
        if stdout != command.stdout {
            problems.append("standard output differs (- expected, + actual):\n"
                            + LineDiff.text(expected: command.stdout, actual: stdout))
        }
        if stderr != command.stderr {
            problems.append("standard error differs (- expected, + actual):\n"
                            + LineDiff.text(expected: command.stderr, actual: stderr, prefix: "! "))
        }
        if result.exitCode != command.exitCode {
            problems.append("exit status is \(result.exitCode), expected \(command.exitCode)")
        }
        guard !problems.isEmpty else { return [] }
        let transcript = Self.transcriptBlock(command.display, stdout: stdout, stderr: stderr, exitCode: result.exitCode)
        return ["\(place): `$ \(command.display)`\n" + problems.joined(separator: "\n")
                + "\nActual, as a transcript:\n" + transcript]
    }

    /// Replaces the scenario folder's path in output with `{tmp}`.
    private func hideFolder(_ bytes: [UInt8]) -> [UInt8] {
        let needle = Array(folder.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], bytes.count - index >= needle.count,
               bytes[index..<(index + needle.count)].elementsEqual(needle) {
                out += Array("{tmp}".utf8)
                index += needle.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// The command and its actual results in the transcript format, ready to paste.
    static func transcriptBlock(_ display: String, stdout: [UInt8], stderr: [UInt8], exitCode: Int32) -> String {
        var lines = ["$ " + display]
        for line in LineDiff.renderedLines(stdout) {
            lines.append(Transcript.needsBackslash(line) ? "\\" + line : line)
        }
        lines += LineDiff.renderedLines(stderr).map { $0.isEmpty ? "!" : "! " + $0 }
        lines.append("? \(exitCode)")
        return lines.joined(separator: "\n")
    }
}

/// Runs a process with pipes for its output, reading both pipes at once so that neither fills up.
enum ProcessRun {
    struct Result {
        var stdout: [UInt8]
        var stderr: [UInt8]
        var exitCode: Int32
    }

    /// Output collected on other threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Data] = [:]
        func set(_ data: Data, at key: Int) { lock.lock(); values[key] = data; lock.unlock() }
        func get(_ key: Int) -> Data { lock.lock(); defer { lock.unlock() }; return values[key] ?? Data() }
    }

    static let timeout: DispatchTimeInterval = .seconds(60)

    static func run(_ executable: URL, arguments: [String], environment: [String: String],
                    in folder: String) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Close our copies of the write ends, so that the reads end when the child exits.
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()
        let collected = Collected()
        let readers = DispatchGroup()
        for (key, handle) in [(1, outPipe.fileHandleForReading), (2, errPipe.fileHandleForReading)] {
            DispatchQueue.global().async(group: readers) {
                collected.set((try? handle.readToEnd()) ?? Data(), at: key)
            }
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = readers.wait(timeout: .now() + .seconds(5))
            throw TranscriptError("`workplan \(arguments.joined(separator: " "))` did not finish within \(timeout)")
        }
        readers.wait()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
            : process.terminationStatus
        return Result(stdout: [UInt8](collected.get(1)), stderr: [UInt8](collected.get(2)), exitCode: status)
    }
}

// MARK: - Showing differences

/// A line diff of expected and actual bytes, in unified style with three lines of context.
enum LineDiff {
    /// The lines of some output as a transcript writes them (escaped where needed; the last
    /// one marked ` (no-eol)` when the output does not end with a newline).
    static func renderedLines(_ bytes: [UInt8]) -> [String] {
        guard !bytes.isEmpty else { return [] }
        var pieces = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        let endsWithNewline = pieces.last?.isEmpty == true
        if endsWithNewline { pieces.removeLast() }
        var lines = pieces.map(Escapes.render)
        if !endsWithNewline, let last = lines.indices.last { lines[last] += " (no-eol)" }
        return lines
    }

    static func text(expected: [UInt8], actual: [UInt8], prefix: String = "") -> String {
        let old = renderedLines(expected)
        let new = renderedLines(actual)
        // Longest common subsequence, from the end, then a walk from the start.
        let n = old.count, m = new.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(.same(old[i])); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                edits.append(.removed(old[i])); i += 1
            } else {
                edits.append(.added(new[j])); j += 1
            }
        }
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard !changed.isEmpty else { return "  (the outputs differ only in ways lines cannot show)" }
        var shown = Set<Int>()
        for index in changed { for k in max(0, index - 3)...min(edits.count - 1, index + 3) { shown.insert(k) } }
        var out: [String] = []
        var previous = -1
        for index in shown.sorted() {
            if index != previous + 1 { out.append("@@ line \(lineNumber(in: edits, at: index)) @@") }
            previous = index
            switch edits[index] {
            case let .same(line): out.append("  " + prefix + line)
            case let .removed(line): out.append("- " + prefix + line)
            case let .added(line): out.append("+ " + prefix + line)
            }
        }
        if old.isEmpty { out.insert("  (expected nothing)", at: 0) }
        if new.isEmpty { out.insert("  (got nothing)", at: 0) }
        return out.joined(separator: "\n")
    }

    private enum Edit { case same(String), removed(String), added(String) }

    /// The expected output's line number at an edit.
    private static func lineNumber(in edits: [Edit], at index: Int) -> Int {
        1 + edits[..<index].filter { if case .added = $0 { false } else { true } }.count
    }
}
