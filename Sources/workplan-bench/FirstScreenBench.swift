#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times how long the interface takes to put up its first screen: the real `workplan PLAN`
/// started in the pane of a private tmux server, its screen polled with `capture-pane -p`
/// with a pause of 2 ms between looks until the status line shows `? trợ giúp`, then `q` sent and its end awaited.
struct FirstScreenBench {
    /// The pane's width.
    static let columns = 120
    /// The pane's height.
    static let rows = 40
    /// The status line's last words: drawn with the rest of the first frame.
    static let readyText = "trợ giúp"
    /// What the status line says while a large file is still being read after the first
    /// frame (drawn from the file's first lines): the screen is complete when it is gone.
    static let loadingText = "đang đọc"
    /// The pause between two looks at the screen, in milliseconds.
    static let pollPauseMilliseconds = 2
    /// How long to wait for the first screen, or for the end after `q`, in nanoseconds.
    static let timeout: UInt64 = 10_000_000_000

    /// The `tmux` executable.
    let tmux: String
    /// The folder for the server's socket; also `HOME`.
    let folder: TemporaryFolder

    /// Starts `workplan PLAN` a warm-up time and then `runs` times; quits each with `q`.
    func measure(binary: String, file: String, taskCount: Int, runs: Int) throws(BenchFailure) -> FirstScreenResult {
        let command = "env WORKPLAN_TODAY=" + BenchDay.iso + " " + TmuxServer.shellQuoted(binary) + " " + TmuxServer.shellQuoted(file)
        var samples: [FirstScreenSample] = []
        for run in 0...runs {
            let sample = try start(command, quit: true)
            if run > 0 { samples.append(sample) }
        }
        return FirstScreenResult(label: "workplan PLAN", taskCount: taskCount, samples: samples)
    }

    /// The floor under every first screen: the same pane printing the ready text from the shell
    /// at once, so that the time is tmux's start, the shell and the polling.
    func floor(runs: Int) throws(BenchFailure) -> FirstScreenResult {
        let command = "printf '%s\\n' " + TmuxServer.shellQuoted("? " + Self.readyText) + "; exec sleep 60"
        var samples: [FirstScreenSample] = []
        for run in 0...runs {
            let sample = try start(command, quit: false)
            if run > 0 { samples.append(sample) }
        }
        return FirstScreenResult(label: "tmux floor: printf in the pane", taskCount: nil, samples: samples)
    }

    /// One start of `command` in a new server: time to the ready text, then `q` and its end
    /// when `quit` is true. The server is killed at the end either way.
    private func start(_ command: String, quit: Bool) throws(BenchFailure) -> FirstScreenSample {
        let server = TmuxServer(tmux: tmux, socket: folder.file("tmux.sock"), environment: environment)
        defer { server.kill() }
        let start = MonotonicClock.nanoseconds()
        try server.startSession(columns: Self.columns, rows: Self.rows, command: command)
        var captures: [Double] = []
        var shown: Double?
        while true {
            let before = MonotonicClock.nanoseconds()
            let screen: String
            do {
                screen = try server.capture()
            } catch {
                throw BenchFailure(message: "the pane's program ended before its first screen (\(command))")
            }
            let after = MonotonicClock.nanoseconds()
            captures.append(Self.milliseconds(after - before))
            if screen.contains(Self.readyText) {
                let elapsed = Self.milliseconds(after - start)
                if shown == nil { shown = elapsed }
                if !screen.contains(Self.loadingText) {
                    let first = shown ?? elapsed
                    guard quit else {
                        return FirstScreenSample(shownMilliseconds: first, completeMilliseconds: elapsed,
                                                 captureMilliseconds: captures, quitMilliseconds: nil, exited: true)
                    }
                    let (quitTime, exited) = try self.quit(server)
                    return FirstScreenSample(shownMilliseconds: first, completeMilliseconds: elapsed,
                                             captureMilliseconds: captures, quitMilliseconds: quitTime, exited: exited)
                }
            }
            guard after - start < Self.timeout else {
                throw BenchFailure(message: "no first screen within 10 s (\(command)); the pane shows:\n" + screen)
            }
            usleep(useconds_t(Self.pollPauseMilliseconds * 1_000))
        }
    }

    /// Sends `q` and waits until `workplan` (the child of the pane's shell) has ended and the
    /// session is gone; returns the time that took and whether it happened within the timeout.
    private func quit(_ server: TmuxServer) throws(BenchFailure) -> (milliseconds: Double, exited: Bool) {
        let shell = try server.panePid()
        let program = ProcessProbe.firstChild(of: shell) ?? shell
        let start = MonotonicClock.nanoseconds()
        try server.sendKeys(["q"])
        while true {
            let now = MonotonicClock.nanoseconds()
            if !server.hasSession(), ProcessProbe.hasEnded(program) {
                return (Self.milliseconds(now - start), true)
            }
            if now - start >= Self.timeout { return (Self.milliseconds(now - start), false) }
            usleep(useconds_t(Self.pollPauseMilliseconds * 1_000))
        }
    }

    /// The tmux clients' environment, which the server passes on to the pane: a UTF-8 locale,
    /// `HOME` in the temporary folder, `sh` as the shell.
    private var environment: [String: String] {
        ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SHELL": "/bin/sh"]
    }

    /// Nanoseconds as milliseconds.
    private static func milliseconds(_ nanoseconds: UInt64) -> Double {
        Double(nanoseconds) / 1_000_000
    }
}
