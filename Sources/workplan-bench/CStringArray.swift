#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A NULL-terminated array of C strings for `argv` and `envp`; free it once done.
struct CStringArray {
    /// The strings, then a NULL.
    let pointers: [UnsafeMutablePointer<CChar>?]

    /// Copies the strings with `strdup`.
    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    /// Copies an environment as sorted `KEY=value` strings.
    init(environment: [String: String]) {
        self.init(environment.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value })
    }

    /// Frees the copied strings.
    func release() {
        for pointer in pointers { free(pointer) }
    }
}
