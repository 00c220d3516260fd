import Foundation
import PlanInvariants
import Testing

@testable import WorkplanCore

/// The inputs the coverage-guided fuzzer kept (`.ci/fuzz`), and the format's fixtures, through
/// the same promises it checks (`PlanInvariants`): a reader that round-trips every byte, problems
/// inside the file, edits that change only their own lines and can be undone.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    @Test("every input the fuzzer kept, and every fixture, keeps every promise of the reader and the edits")
    func replay() throws {
        var inputs: [(String, [UInt8])] = []
        for folder in ["FuzzCorpus", "Fixtures"] {
            let url = try #require(Bundle.module.url(forResource: folder, withExtension: nil))
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                inputs.append((folder + "/" + name, try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))))
            }
        }
        var broken: [String] = []
        for (name, bytes) in inputs {
            if let failure = PlanInvariants.check(bytes) { broken.append("\(name): \(failure)") }
        }
        print("fuzz corpus: \(inputs.count - broken.count) passed, \(broken.count) failed")
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        #expect(inputs.count > 100, "the corpus is there")
    }

    @Test("a task added after a last line that ends in a lone carriage return keeps that return; undo gives the bytes back")
    func loneCarriageReturn() throws {
        let input = Array("- [ ] A\r".utf8)
        var plan = Plan(bytes: input)
        let (_, edit) = try plan.addSubtask(title: "Việc con", under: 0)
        #expect(plan.text.string(0) == "- [ ] A\r")
        #expect(plan.bytes.starts(with: Array("- [ ] A\r\r\n  - [ ] Việc con".utf8)))
        try plan.apply(edit.inverse)
        #expect(plan.bytes == input)
    }
}
