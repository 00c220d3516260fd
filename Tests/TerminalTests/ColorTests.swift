import Testing

@testable import Terminal

@Suite("Color.reduced")
struct ColorTests {
    @Test("colours the terminal has are kept", arguments: [
        (Color.terminalDefault, 0), (.terminalDefault, 8), (.palette(7), 8), (.palette(12), 16), (.palette(200), 256),
    ])
    func kept(color: Color, count: Int) {
        #expect(color.reduced(toColors: count) == color)
    }

    @Test("others go to the nearest basic colour", arguments: [
        (Color.palette(9), 8, Color.palette(1)), (.palette(15), 8, .palette(7)), (.palette(8), 8, .palette(0)),
        (.palette(196), 8, .palette(1)), (.palette(46), 8, .palette(2)), (.palette(21), 8, .palette(4)),
        (.palette(226), 16, .palette(3)), (.palette(51), 16, .palette(6)), (.palette(201), 16, .palette(5)),
        (.palette(16), 16, .palette(0)), (.palette(231), 16, .palette(7)), (.palette(232), 8, .palette(0)),
        (.palette(255), 8, .palette(7)), (.palette(3), 0, .palette(3)),
    ])
    func reduced(color: Color, count: Int, expected: Color) {
        #expect(color.reduced(toColors: count) == expected)
    }

    @Test("palette indexes have xterm's RGB values")
    func rgb() {
        #expect(Color.rgb(ofPaletteIndex: 0) == (0, 0, 0))
        #expect(Color.rgb(ofPaletteIndex: 1) == (205, 0, 0))
        #expect(Color.rgb(ofPaletteIndex: 7) == (229, 229, 229))
        #expect(Color.rgb(ofPaletteIndex: 8) == (127, 127, 127))
        #expect(Color.rgb(ofPaletteIndex: 11) == (255, 255, 0))
        #expect(Color.rgb(ofPaletteIndex: 16) == (0, 0, 0))
        #expect(Color.rgb(ofPaletteIndex: 110) == (135, 175, 215))
        #expect(Color.rgb(ofPaletteIndex: 231) == (255, 255, 255))
        #expect(Color.rgb(ofPaletteIndex: 232) == (8, 8, 8))
        #expect(Color.rgb(ofPaletteIndex: 255) == (238, 238, 238))
    }
}
