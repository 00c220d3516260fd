import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import WorkplanCore

/// Runs the command line and maps failures to exit codes: 1 for a failed command or a plan
/// with problems, 2 for a usage error.
BacktraceSetting.ensureNonInteractive()
do {
    var command = try WorkplanCommand.parseAsRoot()
    try command.run()
} catch let failure as CommandFailure {
    Console.error(failure.text)
    exit(failure.exitCode)
} catch let exitCode as ExitCode {
    exit(exitCode.rawValue)
} catch {
    let code = WorkplanCommand.exitCode(for: error)
    let message = WorkplanCommand.fullMessage(for: error)
    if code == .success {
        Console.out(message + "\n")
        exit(0)
    }
    if UsageLanguage.guess() == .vi {
        Console.error("workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):")
    }
    Console.error(message)
    exit(code == .validationFailure ? 2 : code.rawValue)
}
