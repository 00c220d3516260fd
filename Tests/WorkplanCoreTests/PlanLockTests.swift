import Dispatch
import Foundation
import Testing

@testable import WorkplanCore

/// The sidecar lock that every read-modify-write holds: writers wait for each other, a writer
/// that waits too long names the holder, a dead holder's lock is recovered, and what killed
/// writers left beside the plan is swept.
@Suite("Plan locks")
struct PlanLockTests {
    static let sample = """
        # Kế hoạch
        ## Việc
        - [ ] Một  id:T1
        - [ ] Hai  id:T2

        """

    /// Ticks a task through `PlanFile.perform`, as `workplan done` does.
    func tick(_ id: String, in path: String, store: PlanStore) throws {
        var file = try PlanFile(path: path, store: store)
        let task = try #require(file.plan.taskIndex(id: id))
        try file.perform(.setStatus(task: task, status: .done), today: try date("2021-07-15"))
    }

    @Test("a second writer waits for the lock, then names the process that holds it")
    func heldLockNamesItsHolder() throws {
        try withPlanFile(Self.sample) { path in
            let before = LockHolder.current()
            let held = try PlanStore().lock(path)
            let impatient = PlanStore(lockWait: 0.2)
            let error = #expect(throws: StoreError.self) { _ = try impatient.lock(path) }
            guard case let .locked(lockedPath, holder)? = error, let holder else {
                Issue.record("expected the lock's holder, got \(String(describing: error))")
                return
            }
            let after = LockHolder.current()
            // The holder's time is when the lock was taken: between the two readings of the
            // clock, which may fall on either side of a second's turn.
            #expect(lockedPath == path)
            #expect(holder.process == before.process && holder.host == before.host)
            #expect((before.since...after.since).contains(holder.since))
            let folder = (path as NSString).deletingLastPathComponent
            #expect(FileManager.default.fileExists(atPath: folder + "/.plan.md.lock"))
            held.release()
            let again = try impatient.lock(path)
            again.release()
        }
    }

    @Test("a writer held back between its check and its rename does not wipe out a second writer's save")
    func renameHeldBackLosesNothing() throws {
        try withPlanFile(Self.sample) { path in
            let checked = DispatchSemaphore(value: 0)
            let slowStore = PlanStore(beforeRename: {
                checked.signal()
                Thread.sleep(forTimeInterval: 0.3)
            })
            let failure = Failure()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                do { try tick("T1", in: path, store: slowStore) } catch { failure.record(error) }
            }
            checked.wait()
            try tick("T2", in: path, store: PlanStore())
            group.wait()
            #expect(failure.errors.isEmpty)
            let text = String(decoding: try PlanStore().read(path).bytes, as: UTF8.self)
            #expect(text.contains("- [x] Một  id:T1 done:2021-07-15"))
            #expect(text.contains("- [x] Hai  id:T2 done:2021-07-15"))
        }
    }

    @Test("a change that took over a dead process's lock says so: the holder, and that its change may be lost")
    func recoveredLockIsTold() throws {
        try withPlanFile(Self.sample) { path in
            let marker = (path as NSString).deletingLastPathComponent + "/.plan.md.lock.held"
            let dead = LockHolder(process: Int32.max - 9, host: LockHolder.current().host, since: 1_600_000_000)
            try Data(dead.line.utf8).write(to: URL(fileURLWithPath: marker))
            var file = try PlanFile(path: path, store: PlanStore(lockWait: 0.2, useFlock: false))
            try file.perform(.setStatus(task: 0, status: .done), today: try date("2021-07-15"))
            #expect(file.recoveredLock == dead)
            #expect(dead.recoveryNotice(.vi).contains("tiến trình \(Int32.max - 9)"))
            try file.perform(.setStatus(task: 1, status: .done), today: try date("2021-07-15"))
            #expect(file.recoveredLock == nil, "the next change found the lock free")
        }
    }

    @Test("without flock, an exclusive-create lock file is taken, and one left by a dead process is recovered")
    func exclusiveCreateFallback() throws {
        try withPlanFile(Self.sample) { path in
            let marker = (path as NSString).deletingLastPathComponent + "/.plan.md.lock.held"
            let store = PlanStore(lockWait: 0.2, useFlock: false)
            let dead = LockHolder(process: Int32.max - 7, host: LockHolder.current().host, since: 1_600_000_000)
            try Data(dead.line.utf8).write(to: URL(fileURLWithPath: marker))
            let lock = try store.lock(path)
            #expect(lock.recovered == dead)
            #expect(LockHolder.read(path: .init(marker)) == LockHolder.current())
            #expect(throws: StoreError.locked(path: path, holder: LockHolder.current())) {
                _ = try store.lock(path)
            }
            lock.release()
            #expect(!FileManager.default.fileExists(atPath: marker))
        }
    }

    @Test("a lock held on another host is never taken as dead")
    func otherHostIsNotRecovered() throws {
        try withPlanFile(Self.sample) { path in
            let marker = (path as NSString).deletingLastPathComponent + "/.plan.md.lock.held"
            let elsewhere = LockHolder(process: Int32.max - 7, host: "may-khac", since: 1_600_000_000)
            try Data(elsewhere.line.utf8).write(to: URL(fileURLWithPath: marker))
            let store = PlanStore(lockWait: 0.1, useFlock: false)
            #expect(throws: StoreError.locked(path: path, holder: elsewhere)) { _ = try store.lock(path) }
            #expect(StoreError.locked(path: path, holder: elsewhere).message(.en).contains("host may-khac"))
        }
    }

    @Test("a save sweeps the temporary files that killed writers left beside the plan")
    func sweepsLeftovers() throws {
        try withPlanFile(Self.sample) { path in
            let folder = (path as NSString).deletingLastPathComponent
            let leftovers = [".plan.md.workplan-AbC123", ".plan.md.workplan-zzzzzz"]
            let kept = [".other.md.workplan-AbC123", ".plan.md.workplan-toolong1", "plan.md.bak"]
            for name in leftovers + kept {
                try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            }
            try tick("T1", in: path, store: PlanStore())
            let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
            #expect(names == Set(kept + ["plan.md", ".plan.md.lock"]))
        }
    }

    @Test("the lock file takes the plan's permission bits and never follows a planted symlink")
    func lockFileIsSafe() throws {
        try withPlanFile(Self.sample) { path in
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
            try PlanStore().lock(path).release()
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/.plan.md.lock")[.posixPermissions] as? Int
            #expect(mode.map { $0 & 0o777 } == 0o640)
            try FileManager.default.removeItem(atPath: folder + "/.plan.md.lock")
            try FileManager.default.createSymbolicLink(atPath: folder + "/.plan.md.lock", withDestinationPath: folder + "/victim")
            #expect(throws: StoreError.self) { _ = try PlanStore().lock(path) }
            #expect(!FileManager.default.fileExists(atPath: folder + "/victim"))
        }
    }
}

/// Errors a background writer met, gathered for the test to check.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [any Error] = []

    func record(_ error: any Error) {
        lock.withLock { gathered.append(error) }
    }

    var errors: [any Error] { lock.withLock { gathered } }
}
