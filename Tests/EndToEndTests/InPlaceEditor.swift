import Foundation
import Glibc
import Synchronization

/// A text editor that saves the plan in place, as some editors and sync tools do: it reads the
/// file, keeps it open a moment, then truncates the file and writes its copy back in two halves
/// (so that for a moment the file is empty, then cut off mid-line). Its copy is stale whenever
/// someone saved in between: that save is wiped out. It saves several times a second, on a
/// thread of its own, until stopped.
final class InPlaceEditor: Sendable {
    private let path: String
    private let stopped = Mutex(false)
    private let saves = Mutex(0)
    private let finished = DispatchSemaphore(value: 0)

    /// An editor of the file at `path`; `start()` sets it going.
    init(path: String) {
        self.path = path
    }

    /// Starts saving, on a thread of its own.
    func start() {
        Thread.detachNewThread { [self] in
            while !stopped.withLock({ $0 }) {
                saveStaleCopy()
                usleep(UInt32.random(in: 50_000...150_000))
            }
            finished.signal()
        }
    }

    /// Stops after the save under way; returns how many saves it made.
    func stop() -> Int {
        stopped.withLock { $0 = true }
        finished.wait()
        return saves.withLock { $0 }
    }

    /// One save: read, a pause of up to 0.15 s (the copy goes stale), truncate, write half, a
    /// pause of 4 ms, write the rest.
    private func saveStaleCopy() {
        guard let copy = FileManager.default.contents(atPath: path) else { return }
        usleep(UInt32.random(in: 0...150_000))
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = [UInt8](copy)
        let half = bytes.count / 2
        guard writeAll(bytes[..<half], to: descriptor) else { return }
        usleep(4_000)
        guard writeAll(bytes[half...], to: descriptor) else { return }
        saves.withLock { $0 += 1 }
    }

    /// Writes every byte of `bytes`; false when a write fails.
    private func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
        var rest = bytes
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return false }
            rest = rest.dropFirst(written)
        }
        return true
    }
}
