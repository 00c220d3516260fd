import Testing

import Terminal

@Suite("TerminalError")
struct TerminalErrorTests {
    @Test("each message names what went wrong, in both languages", arguments: [
        (TerminalError.cannotOpen(term: "xterm-foo"), "TERM=xterm-foo"),
        (.noCursorAddressing(term: "dumb"), "TERM=dumb"),
        (.errorLogUnavailable(path: "/tmp/x.log"), "\"/tmp/x.log\""),
        (.cannotOpen(term: ""), "TERM"),
        (.notATerminal, "terminal"),
    ])
    func messages(error: TerminalError, mention: String) {
        #expect(error.english.contains(mention))
        #expect(error.vietnamese.contains(mention))
        #expect(error.description == error.english)
        #expect(error.english != error.vietnamese)
    }
}
