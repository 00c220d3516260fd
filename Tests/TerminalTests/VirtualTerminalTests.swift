#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

import Terminal

@MainActor
@Suite("VirtualTerminal")
struct VirtualTerminalTests {
    init() { TestText.utf8() }

    private let size = TerminalSize(rows: 3, columns: 10)

    /// A frame with a title and a status line.
    private func frame(title: String = "Kế hoạch", status: String = "F1 Trợ giúp") -> Grid {
        var grid = Grid(size: size)
        grid.put(title, row: 0, column: 0, style: Style(attributes: .bold))
        grid.put(status, row: 2, column: 0, style: Style(attributes: .reverse))
        return grid
    }

    @Test("events come out in the order they went in; nothing queued is a timeout")
    func events() {
        let terminal = VirtualTerminal(size: size)
        terminal.enqueue([.down, .control("s")])
        terminal.type("Việt")
        terminal.enqueueSignal(SIGTERM)
        #expect(terminal.pendingEventCount == 7)
        let read = (0..<8).map { _ in terminal.readEvent(timeoutMilliseconds: nil) }
        #expect(read == [
            .key(.down), .key(.control("s")), .key(.text("V")), .key(.text("i")), .key(.text("ệ")),
            .key(.text("t")), .terminate(signal: SIGTERM), .timeout,
        ])
    }

    @Test("NFD text is typed as a letter and then its marks")
    func typeDecomposed() {
        let terminal = VirtualTerminal(size: size)
        terminal.type(TestText.decomposed("ệ"))
        let read = (0..<3).map { _ in terminal.readEvent(timeoutMilliseconds: 0) }
        #expect(read == [.key(.text("e")), .key(.text("\u{0323}")), .key(.text("\u{0302}"))])
    }

    @Test("the first frame writes every cell, the same frame again none")
    func firstAndSame() {
        let terminal = VirtualTerminal(size: size, colorCount: 8)
        #expect(terminal.colorCount == 8)
        #expect(terminal.screen.lines == ["", "", ""])
        terminal.present(frame())
        #expect(terminal.lastChangedCellCount == 30)
        #expect(terminal.screen.lines == ["Kế hoạch", "", "F1 Trợ giúp".prefix(10).description])
        terminal.present(frame())
        #expect(terminal.lastChangedCellCount == 0)
        #expect(terminal.presentCount == 2)
    }

    @Test("a small change writes few cells")
    func smallChange() {
        let terminal = VirtualTerminal(size: size)
        terminal.present(frame())
        terminal.present(frame(title: "Kế hoạcH"))
        #expect(terminal.lastChangedCellCount == 1)
        var restyled = frame()
        restyled.restyle(row: 0, from: 0, to: 2) { $0.foreground = .palette(1) }
        terminal.present(restyled)
        #expect(terminal.lastChangedCellCount == 3)
    }

    @Test("a wide character counts once; replacing it writes both cells")
    func wide() {
        let terminal = VirtualTerminal(size: size)
        terminal.present(frame(title: "ab"))
        terminal.present(frame(title: "中"))
        #expect(terminal.lastChangedCellCount == 1)
        terminal.present(frame(title: "ab"))
        #expect(terminal.lastChangedCellCount == 2)
    }

    @Test("the cursor is kept with the frame")
    func cursor() {
        let terminal = VirtualTerminal(size: size)
        var grid = frame()
        grid.cursor = GridPosition(row: 1, column: 4)
        terminal.present(grid)
        #expect(terminal.screen.cursor == GridPosition(row: 1, column: 4))
    }

    @Test("a resize changes the size, queues .resize and makes the next frame whole")
    func resize() {
        let terminal = VirtualTerminal(size: size)
        terminal.present(frame())
        let bigger = TerminalSize(rows: 4, columns: 12)
        terminal.resize(to: bigger)
        #expect(terminal.size == bigger)
        #expect(terminal.readEvent(timeoutMilliseconds: nil) == .key(.resize))
        var grid = Grid(size: bigger)
        grid.put("中文", row: 0, column: 0, style: .plain)
        terminal.present(grid)
        #expect(terminal.lastChangedCellCount == 46)
    }

    @Test("after a suspension the next frame is whole")
    func suspend() {
        let terminal = VirtualTerminal(size: size)
        terminal.present(frame())
        terminal.suspend()
        #expect(terminal.suspendCount == 1)
        terminal.present(frame())
        #expect(terminal.lastChangedCellCount == 30)
    }
}
