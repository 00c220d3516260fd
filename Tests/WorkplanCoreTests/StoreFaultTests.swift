import Foundation
import SystemPackage
import Testing

@testable import WorkplanCore

/// Every step of a save failing the way a full disk, a quota, a broken disk or a refusal does,
/// planted through the store's own seam (`PlanStore.injectFault`): the plan stays byte for byte
/// the old version (or, when only a step after the rename failed, the new one, and the error
/// says so), one clear sentence reaches the officer, no temporary file is left, and the next
/// save works.
@Suite("Store faults")
struct StoreFaultTests {
    static let sample = """
        # Kế hoạch
        ## Việc
        - [ ] Tiếp công dân định kỳ  id:TX1
        - [/] Tổng hợp đơn thư  id:TX2

        """

    static let errors: [Errno] = [.noSpace, .ioError, .permissionDenied, .diskQuotaExceeded]

    @Test("a tick whose save meets a failure at any step: old or new bytes, one sentence, no temporary file, and the next save works",
          arguments: StoreStep.allCases)
    func failingStep(_ step: StoreStep) throws {
        var outcomes: [String] = []
        for error in Self.errors {
            try withPlanFile(Self.sample) { path in
                let armed = Switch()
                let faulty = PlanStore(injectFault: { armed.isOn && $0 == step ? error : nil })
                let before = try PlanStore().read(path).bytes
                var file = try PlanFile(path: path, store: faulty)
                armed.turnOn()
                let today = try date("2021-07-15")
                let outcome = Result { () throws(PlanFileError) in try file.perform(.setStatus(task: 0, status: .done), today: today) }
                let after = try PlanStore().read(path).bytes
                let ticked = Array(Self.sample.replacing("- [ ] Tiếp công dân định kỳ  id:TX1",
                                                          with: "- [x] Tiếp công dân định kỳ  id:TX1 done:2021-07-15").utf8)
                switch outcome {
                case .success:
                    #expect(after == ticked, "\(step) \(error): a save that says it worked is on disk")
                    outcomes.append("saved")
                case let .failure(failure):
                    let sentence = failure.message(.vi)
                    #expect(!sentence.isEmpty && !sentence.contains("\n"), "\(step) \(error): \(sentence)")
                    #expect(sentence.contains(path), "the sentence names the file")
                    if case .store(.savedButNotFlushed) = failure {
                        #expect(after == ticked, "\(step) \(error): the error says the new contents are on disk")
                    } else {
                        #expect(after == before, "\(step) \(error): the file is the old version, byte for byte")
                    }
                    outcomes.append("failed")
                }
                let folder = (path as NSString).deletingLastPathComponent
                let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".workplan-") }
                #expect(left.isEmpty, "\(step) \(error): temporary files left: \(left)")
                var fresh = try PlanFile(path: path)
                try fresh.perform(.setStatus(task: 1, status: .done), today: today)
                #expect(try PlanStore().read(path).bytes != after, "the next save works")
            }
        }
        print("store faults at \(step.rawValue): \(outcomes.joined(separator: ", "))")
    }

    @Test("reading a plan that fails at open, read or fstat says so in one sentence naming the file",
          arguments: [StoreStep.open, .read, .fstat])
    func failingRead(_ step: StoreStep) throws {
        try withPlanFile(Self.sample) { path in
            for error in Self.errors {
                let faulty = PlanStore(injectFault: { $0 == step ? error : nil })
                do throws(StoreError) {
                    _ = try PlanFile(path: path, store: faulty)
                    Issue.record("\(step) \(error): the read did not fail")
                } catch {
                    let sentence = error.message(.en)
                    #expect(sentence.contains(path) && !sentence.contains("\n"), "\(sentence)")
                }
            }
        }
    }

    @Test("the steps a save goes through all fail, one by one: the seam reaches open, write, fsync, rename and the folder's fsync")
    func saveSteps() throws {
        try withPlanFile(Self.sample) { path in
            let seen = Steps()
            let watching = PlanStore(injectFault: { step in seen.add(step); return nil })
            var file = try PlanFile(path: path, store: watching)
            try file.perform(.setStatus(task: 0, status: .done), today: try date("2021-07-15"))
            #expect(Set([StoreStep.open, .write, .sync, .rename, .syncFolder]).isSubset(of: seen.all))
        }
    }

    @Test("minutes appended on a full disk: the file keeps what it had and says why")
    func minutesOnFullDisk() throws {
        try withPlanFile(Self.sample) { path in
            let archive = MeetingArchive(planPath: path)
            let minutes = MeetingMinutes(title: "Họp", date: try date("2021-07-15"), started: .midnight, agenda: ["TX1"])
            let file = try MinutesFile.create(minutes, in: archive, .vi)
            let before = try PlanStore().read(file.path).bytes
            let full = try MinutesFile(path: file.path, store: PlanStore(injectFault: { $0 == .write ? .noSpace : nil }))
            #expect(throws: StoreError.noSpace(path: file.path)) {
                try full.record(MinutesItem(taskId: "TX1", title: "Tiếp công dân"), agenda: ["TX1"], .vi)
            }
            #expect(try PlanStore().read(file.path).bytes == before)
        }
    }
}

/// A switch a test turns on once the plan is read, so that a planted failure meets the save.
private final class Switch: @unchecked Sendable {
    private let lock = NSLock()
    private var on = false

    func turnOn() {
        lock.lock()
        on = true
        lock.unlock()
    }

    var isOn: Bool {
        lock.lock()
        defer { lock.unlock() }
        return on
    }
}

/// The steps a store went through, collected from its seam.
private final class Steps: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: Set<StoreStep> = []

    func add(_ step: StoreStep) {
        lock.lock()
        steps.insert(step)
        lock.unlock()
    }

    var all: Set<StoreStep> {
        lock.lock()
        defer { lock.unlock() }
        return steps
    }
}
