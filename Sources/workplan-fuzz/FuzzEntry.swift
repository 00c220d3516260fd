#if canImport(Glibc)
import Glibc
#endif
import PlanInvariants
import WorkplanCore

#if WORKPLAN_FUZZING
/// Runs libFuzzer (`.ci/fuzz` builds this with `-DWORKPLAN_FUZZING`, coverage instrumentation,
/// AddressSanitizer and libFuzzer's library without its own `main`) with the command line's
/// options, on `fuzzOneInput`.
@main
enum Fuzz {
    static func main() {
        var count = CommandLine.argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput))
    }
}

/// libFuzzer's driver, from its library without `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// One input: it goes through every promise of the reader and the edits, and a broken one
/// stops the run with its sentence (libFuzzer keeps the input as a crash file).
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = PlanInvariants.check(input) {
        fatalError("a promise is broken: \(broken)")
    }
    return 0
}
#else
/// Without libFuzzer: `workplan-fuzz FILE…` puts each file through the same promises, to
/// replay an input the fuzzer kept; exit 1 names the first that breaks one.
@main
enum ReplayInputs {
    static func main() {
        var broken = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let input = try? PlanStore().read(path).bytes else {
                print("\(path): cannot be read")
                broken += 1
                continue
            }
            if let failure = PlanInvariants.check(input) {
                print("\(path): \(failure)")
                broken += 1
            }
        }
        print("\(CommandLine.arguments.count - 1 - broken) passed, \(broken) failed")
        if broken > 0 { exit(1) }
    }
}
#endif
