import Foundation

/// The shapes of input that once made a command or a key take far more than linear time
/// (issue 9, §4), each kept as a case: a note of 100,000 lines, 100,000 units used by 100,000
/// tasks, 3,000 levels of nesting, and a million tasks (with `report --format json`). Each
/// command runs `runs` times after a warm-up; the table gives the median and the peak memory.
@MainActor
struct ShapeBench {
    let binary: String
    let folder: TemporaryFolder
    let environment: [String: String]
    let runs: Int

    /// One shape: its file and the commands timed on it.
    private struct Shape {
        let name: String
        let text: String
        let commands: [[String]]
    }

    /// Generates every shape, times its commands, and returns the table.
    func run() throws(BenchFailure) -> String {
        var rows: [String] = ["| shape | size | command | median ms | min ms | peak MB |", "| --- | ---: | --- | ---: | ---: | ---: |"]
        for shape in Self.shapes() {
            ProgressLog.say("shape: \(shape.name)")
            let file = "shape-\(rows.count).md"
            try folder.write(Array(shape.text.utf8), to: file)
            let path = folder.file(file)
            for command in shape.commands {
                let (samples, peak) = try WarmedRuns.measure(binary, Array(repeating: command + ["--file", path], count: runs + 1),
                                                            environment: environment)
                let times = samples.map { Double($0.wallNanoseconds) / 1e6 }
                rows.append("| \(shape.name) | \(NumberText.grouped(shape.text.utf8.count / 1024)) KiB | `\(command.joined(separator: " "))` "
                            + "| \(NumberText.fixed(Statistics.median(times))) | \(NumberText.fixed(times.min() ?? 0)) "
                            + "| \(peak.map { NumberText.fixed(Double($0) / 1024) } ?? "–") |")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// The four shapes.
    private static func shapes() -> [Shape] {
        var note = "# Kế hoạch\n## Việc\n- [ ] Việc có ghi chú dài  id:N1\n"
        for line in 0..<100_000 { note += "  dòng ghi chú số \(line) về việc chuẩn bị kỳ họp\n" }
        note += "- [ ] Việc khác  id:N2\n"
        var units = "# Kế hoạch\n## Đơn vị\n"
        for unit in 0..<100_000 { units += "- U\(unit): Đơn vị số \(unit)\n" }
        units += "## Việc\n"
        for task in 0..<100_000 { units += "- [ ] Việc \(task)  id:T\(task) lead:U\(task) with:U\((task * 7) % 100_000)\n" }
        var deep = "# Kế hoạch\n## Việc\n"
        for level in 0..<3_000 { deep += String(repeating: " ", count: 2 * level) + "- [ ] Việc cấp \(level)  id:D\(level)\n" }
        var million = "# Kế hoạch\n## Đơn vị\n- TH: Phòng Tổng hợp\n## Việc\n"
        for task in 0..<1_000_000 {
            million += "- [\(task % 3 == 0 ? "x" : " ")] Việc số \(task) chuẩn bị kỳ họp  id:T\(task) lead:TH due:2021-0\(1 + task % 9)-15\n"
        }
        return [
            Shape(name: "note of 100,000 lines", text: note, commands: [["check"], ["list", "--search", "cuối"]]),
            Shape(name: "100,000 units used", text: units, commands: [["check"], ["report"]]),
            Shape(name: "3,000 levels deep", text: deep, commands: [["check"], ["report"], ["list"]]),
            Shape(name: "1,000,000 tasks", text: million, commands: [["check"], ["report", "--format", "json"]]),
        ]
    }
}
