import Foundation
import Testing

@testable import WorkplanCore

/// The fixture corpus under `Fixtures/`, read byte for byte.
enum Fixtures {
    /// The folder the test bundle copies the fixtures into.
    static func folder() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "the Fixtures folder is missing")
    }

    /// The names of every fixture file, sorted.
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder().path).sorted()
    }

    /// The bytes of one fixture file.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try folder().appendingPathComponent(name)
        return try [UInt8](Data(contentsOf: url))
    }

    /// One fixture file read as a plan.
    static func plan(_ name: String) throws -> Plan {
        Plan(bytes: try bytes(name))
    }
}

/// A date from its ISO form; the test fails when the text is not a real date.
func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> PlanDate {
    try #require(PlanDate(iso: iso), "not a date: \(iso)", sourceLocation: sourceLocation)
}

/// The index of the task with this id; the test fails when there is none.
func index(_ plan: Plan, _ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    try #require(plan.taskIndex(id: id), "no task has the id \(id)", sourceLocation: sourceLocation)
}

extension Plan {
    /// Each line's bytes with its ending, as the file holds them.
    var lineBytes: [[UInt8]] {
        (0..<text.lineCount).map { Array(text.content($0)) + text.ending($0).bytes }
    }

    /// The bytes as text (for readable comparisons of valid UTF-8).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Runs `body` with the path of a `plan.md` holding `text`, in a fresh folder of the
/// temporary directory that is removed afterwards.
func withPlanFile(_ text: String, _ body: (String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workplan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("plan.md").path
    try PlanStore().write(Array(text.utf8), to: path, expecting: nil)
    try body(path)
}

/// The ids of the tasks of `plan` that a filter set up by `change` lets through, in file order.
func filteredIds(_ plan: Plan, _ change: (inout TaskFilter) -> Void) -> [String] {
    var filter = TaskFilter()
    change(&filter)
    return filter.apply(to: plan).compactMap { plan.tasks[$0].id }
}

/// The report's reading of a task's fields, from the plan's store.
func reportFields(_ plan: Plan, _ index: Int) -> ReportFields {
    plan.text.store.withUnsafeBufferPointer { ReportFields(plan: plan, index: index, store: $0) }
}
