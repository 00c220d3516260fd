import CNcursesw
import Testing

@testable import Terminal

@Suite("ColorPairs")
struct ColorPairsTests {
    /// Records each `init_pair` call and answers with `accept`.
    final class Recorder {
        var calls: [[Int16]] = []
        let accept: (Int16, Int16) -> Bool

        init(accept: @escaping (Int16, Int16) -> Bool = { _, _ in true }) {
            self.accept = accept
        }

        func pairs(colors: Int, limit: Int = 256, defaultColors: Bool = true) -> ColorPairs {
            ColorPairs(colorCount: colors, pairLimit: limit, defaultColors: defaultColors) { pair, foreground, background in
                self.calls.append([pair, foreground, background])
                return self.accept(foreground, background)
            }
        }
    }

    @Test("without colours every style gets pair 0 and nothing is set up")
    func noColors() {
        let recorder = Recorder()
        var pairs = recorder.pairs(colors: 0)
        #expect(pairs.pair(foreground: .palette(1), background: .palette(4)) == 0)
        #expect(recorder.calls.isEmpty)
    }

    @Test("the default colours are pair 0; others are set up once, on first use")
    func lazy() {
        let recorder = Recorder()
        var pairs = recorder.pairs(colors: 256)
        #expect(pairs.pair(foreground: .terminalDefault, background: .terminalDefault) == 0)
        #expect(pairs.pair(foreground: .palette(196), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .palette(196), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .palette(15), background: .palette(4)) == 2)
        #expect(recorder.calls == [[1, 196, -1], [2, 15, 4]])
    }

    @Test("on 8 colours, colours are reduced first and reduced twins share a pair")
    func reducedShare() {
        let recorder = Recorder()
        var pairs = recorder.pairs(colors: 8)
        #expect(pairs.pair(foreground: .palette(196), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .palette(9), background: .terminalDefault) == 1)
        #expect(recorder.calls == [[1, 1, -1]])
    }

    @Test("a refused pair falls back to the basic colours, then to pair 0, asked once")
    func refused() {
        let basicOnly = Recorder { foreground, background in foreground < 8 && background < 8 }
        var pairs = basicOnly.pairs(colors: 256)
        #expect(pairs.pair(foreground: .palette(196), background: .palette(21)) == 1)
        #expect(basicOnly.calls == [[1, 196, 21], [1, 1, 4]])

        let none = Recorder { _, _ in false }
        var refusing = none.pairs(colors: 256)
        #expect(refusing.pair(foreground: .palette(2), background: .terminalDefault) == 0)
        #expect(refusing.pair(foreground: .palette(2), background: .terminalDefault) == 0)
        #expect(none.calls.count == 2)
        #expect(refusing.pair(foreground: .palette(3), background: .terminalDefault) == 0)
        #expect(none.calls.last == [1, 3, -1])
    }

    @Test("without default colours the terminal's colour is white on black")
    func noDefaultColors() {
        let recorder = Recorder()
        var pairs = recorder.pairs(colors: 8, defaultColors: false)
        #expect(pairs.pair(foreground: .terminalDefault, background: .palette(4)) == 1)
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 2)
        #expect(recorder.calls == [[1, Int16(COLOR_WHITE), 4], [2, 1, Int16(COLOR_BLACK)]])
    }

    @Test("when the pairs run out, new combinations get pair 0")
    func limit() {
        let recorder = Recorder()
        var pairs = recorder.pairs(colors: 256, limit: 3)
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 1)
        #expect(pairs.pair(foreground: .palette(2), background: .terminalDefault) == 2)
        #expect(pairs.pair(foreground: .palette(3), background: .terminalDefault) == 0)
        #expect(pairs.pair(foreground: .palette(1), background: .terminalDefault) == 1)
    }
}
