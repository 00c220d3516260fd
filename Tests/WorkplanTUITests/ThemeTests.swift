import Foundation
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Theme files: the built-in themes, the parser's words and problems, and how a theme is chosen.
@Suite("Themes")
struct ThemeTests {
    // MARK: Built-in themes

    @Test("every built-in theme parses with no problem and gives every role a style", arguments: BuiltinTheme.allCases)
    func builtinParses(_ builtin: BuiltinTheme) {
        let read = ThemeParser.styles(in: builtin.text, file: builtin.rawValue + ".theme")
        #expect(read.problems.isEmpty, "\(read.problems.map { $0.formatted(.en) })")
        #expect(Set(read.styles.keys) == Set(Role.allCases))
        #expect(builtin.theme.name == builtin.rawValue)
    }

    @Test("the files in themes/ are the built-in texts byte for byte", arguments: BuiltinTheme.allCases)
    func filesMatchBuiltins(_ builtin: BuiltinTheme) throws {
        let path = Self.packageRoot + "/themes/" + builtin.rawValue + ".theme"
        let bytes = try PlanStore().read(path).bytes
        #expect(bytes == Array(builtin.text.utf8), "\(path) differs from BuiltinTheme.\(builtin)")
    }

    @Test("the themes folder holds exactly the built-in themes")
    func noOtherShippedThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot + "/themes")
        #expect(Set(files) == Set(BuiltinTheme.allCases.map { $0.rawValue + ".theme" }))
    }

    @Test("the default theme is the parsed built-in text")
    func defaultTheme() {
        #expect(Theme.default.name == "default")
        #expect(Theme.default[.overdue] == Style(foreground: .palette(203), attributes: .bold))
        #expect(Theme.default[.selection] == Style(background: .palette(24)))
        #expect(Theme.default[.task] == .plain)
        for role in Role.allCases {
            #expect(BuiltinTheme.default.theme[role] == Theme.default[role])
        }
    }

    @Test("coloured themes stay legible when the terminal has only 8 colours",
          arguments: [(BuiltinTheme.default, false), (.highContrast, false), (.light, true)])
    func legibleInEightColors(_ builtin: BuiltinTheme, light: Bool) {
        let black = Color.palette(0), yellow = Color.palette(3), blue = Color.palette(4), white = Color.palette(7)
        // Text the terminal's own background makes hard to read, and backgrounds its own text cannot be read on.
        let badText: Set<Color> = light ? [white, yellow] : [black, blue]
        let badBackground: Set<Color> = [black, white]
        let theme = builtin.theme
        for role in Role.allCases {
            let foreground = theme[role].foreground.reduced(toColors: 8)
            let background = theme[role].background.reduced(toColors: 8)
            #expect(foreground == .terminalDefault || foreground != background, "\(builtin) \(role)")
            if background == .terminalDefault {
                #expect(!badText.contains(foreground), "\(builtin) \(role): text \(foreground)")
            }
            if foreground == .terminalDefault {
                #expect(!badBackground.contains(background), "\(builtin) \(role): background \(background)")
            }
        }
    }

    @Test("the 8-colour default keeps the bars and the selection visible on a dark terminal")
    func defaultBarsInEightColors() {
        for role in [Role.title, .selection, .searchMatch, .error, .dialogTitle] {
            let background = Theme.default[role].background.reduced(toColors: 8)
            #expect(background != .terminalDefault && background != .palette(0), "\(role)")
        }
    }

    @Test("mono uses no colour, and every task state has attributes of its own")
    func monoUsesAttributesOnly() {
        let mono = BuiltinTheme.mono.theme
        for role in Role.allCases {
            #expect(mono[role].foreground == .terminalDefault && mono[role].background == .terminalDefault, "\(role)")
        }
        let states: [Role] = [.task, .done, .cancelled, .postponed, .blocked, .inProgress, .overdue, .dueSoon]
        #expect(Set(states.map { mono[$0].attributes.rawValue }).count == states.count)
        #expect(mono[.selection].attributes.contains(.reverse))
        #expect(mono[.overdue].attributes.isSuperset(of: [.bold, .underline]))
        #expect(mono[.searchMatch] != mono[.task] && mono[.error] != mono[.message])
    }

    @Test("docs/themes.md names every role and every built-in theme")
    func documented() throws {
        let text = String(decoding: try PlanStore().read(Self.packageRoot + "/docs/themes.md").bytes, as: UTF8.self)
        for role in Role.allCases {
            #expect(text.contains("`\(role.rawValue)`"), "\(role.rawValue)")
        }
        for builtin in BuiltinTheme.allCases {
            #expect(text.contains("`\(builtin.rawValue)`"), "\(builtin.rawValue)")
        }
    }

    @Test("roles have their theme-file names and a summary in both languages")
    func roleNames() {
        #expect(Role.allCases.count == 32)
        #expect(Role.doneLate.rawValue == "done-late")
        #expect(Role.inProgress.rawValue == "in-progress")
        #expect(Role.dialogTitle.rawValue == "dialog-title")
        for role in Role.allCases {
            #expect(!role.summary(.vi).isEmpty && role.summary(.vi) != role.summary(.en), "\(role)")
        }
    }

    // MARK: Words

    @Test("colour words", arguments: [
        ("default", Color.terminalDefault), ("black", .palette(0)), ("white", .palette(7)),
        ("bright-black", .palette(8)), ("bright-cyan", .palette(14)), ("color0", .palette(0)),
        ("color255", .palette(255)), ("208", .palette(208)), ("007", .palette(7)),
    ])
    func colorWords(_ word: String, _ color: Color) {
        #expect(Color(themeWord: word) == color)
    }

    @Test("words that are not colours", arguments: [
        "256", "color256", "color", "-1", "+5", "orange", "bright-", "bright-orange", "bright-9", "#fff", "١",
    ])
    func notColorWords(_ word: String) {
        #expect(Color(themeWord: word) == nil)
    }

    @Test("attribute words")
    func attributeWords() {
        for (name, attribute) in Attributes.named {
            #expect(Attributes(themeWord: name) == attribute)
        }
        #expect(Attributes(themeWord: "-") == [])
        #expect(Attributes(themeWord: "none") == [])
        #expect(Attributes(themeWord: "blink") == nil)
    }

    // MARK: Parsing

    @Test("comments, blank lines, tabs, any case, CRLF and a byte order mark")
    func layout() {
        let text = "\u{FEFF}# a theme\r\n\r\n   \r\nDone\tGREEN  default   Bold Underline # finished\r\n"
            + "overdue bright-red color236 - \nnote 250 default none\n"
        let (theme, problems) = ThemeParser.parse(text, name: "mine", file: "mine.theme", fallback: .default)
        #expect(problems.isEmpty)
        #expect(theme.name == "mine")
        #expect(theme[.done] == Style(foreground: .palette(2), attributes: [.bold, .underline]))
        #expect(theme[.overdue] == Style(foreground: .palette(9), background: .palette(236)))
        #expect(theme[.note] == Style(foreground: .palette(250)))
        #expect(theme[.title] == Theme.default[.title], "a role left out has the default theme's style")
    }

    /// One of each bad line, then a good one.
    static let badTheme = """
        # my theme
        title red blue bold
        track red
        task red orange
        mark red default blink
        frame red blue
        title green default
        done green default
        """

    @Test("each bad line gives FILE:LINE: and what happens instead")
    func problemsInEnglish() {
        let (_, problems) = ThemeParser.parse(Self.badTheme, name: "my", file: "my.theme", fallback: .default)
        #expect(problems.map { $0.formatted(.en) } == [
            "my.theme:3: a colour is missing (ROLE FOREGROUND BACKGROUND [ATTRIBUTE...]); \"track\" takes its style from the default theme",
            "my.theme:4: there is no colour \"orange\" (use default, a colour name, bright-NAME, colorN or 0–255); \"task\" takes its style from the default theme",
            "my.theme:5: there is no attribute \"blink\" (use bold, dim, underline, reverse, italic, standout, none); \"mark\" takes its style from the default theme",
            "my.theme:6: there is no role \"frame\"; the line is ignored",
            "my.theme:7: the role \"title\" is already set on line 2; \"title\" takes its style from the default theme",
        ])
        #expect(problems.map(\.kind) == [
            .missingColors(.track), .unknownColor("orange", role: .task), .unknownAttribute("blink", role: .mark),
            .unknownRole("frame"), .repeatedRole(.title, firstLine: 2),
        ])
    }

    @Test("the problems in Vietnamese")
    func problemsInVietnamese() {
        let (_, problems) = ThemeParser.parse(Self.badTheme, name: "my", file: "my.theme", fallback: .default)
        #expect(problems.map { $0.formatted(.vi) } == [
            "my.theme:3: thiếu màu chữ hoặc màu nền (THÀNH-PHẦN MÀU-CHỮ MÀU-NỀN [THUỘC-TÍNH...]); \"track\" dùng kiểu của chủ đề mặc định",
            "my.theme:4: không có màu \"orange\" (dùng default, tên màu, bright-TÊN, colorN hoặc số 0–255); \"task\" dùng kiểu của chủ đề mặc định",
            "my.theme:5: không có thuộc tính \"blink\" (dùng bold, dim, underline, reverse, italic, standout, none); \"mark\" dùng kiểu của chủ đề mặc định",
            "my.theme:6: không có thành phần \"frame\"; dòng này bị bỏ qua",
            "my.theme:7: thành phần \"title\" đã được đặt ở dòng 2; \"title\" dùng kiểu của chủ đề mặc định",
        ])
    }

    @Test("a role on a bad line, or given twice, takes the default theme's style")
    func badLinesFallBack() {
        let (theme, _) = ThemeParser.parse(Self.badTheme, name: "my", file: "my.theme", fallback: .default)
        for role in [Role.title, .track, .task, .mark] {
            #expect(theme[role] == Theme.default[role], "\(role)")
        }
        #expect(theme[.done] == Style(foreground: .palette(2)))
    }

    @Test("a role given twice is reported on each later line, even when its first line was bad")
    func repeatedAfterBadLine() {
        let text = "done reddd default\ndone red default\ndone green default\n"
        let (theme, problems) = ThemeParser.parse(text, name: "x", file: "x.theme", fallback: .default)
        #expect(problems.map(\.line) == [1, 2, 3])
        #expect(problems.dropFirst().map(\.kind) == [.repeatedRole(.done, firstLine: 1), .repeatedRole(.done, firstLine: 1)])
        #expect(theme[.done] == Theme.default[.done])
    }

    @Test("a bad background colour and a role alone on its line")
    func otherBadLines() {
        let (_, problems) = ThemeParser.parse("error white color300\nnote\n", name: "x", file: "/t/x.theme", fallback: .default)
        #expect(problems == [
            ThemeProblem(file: "/t/x.theme", line: 1, kind: .unknownColor("color300", role: .error)),
            ThemeProblem(file: "/t/x.theme", line: 2, kind: .missingColors(.note)),
        ])
    }

    // MARK: Choosing a theme

    @Test("nothing chosen: default, or mono when the terminal has no colours")
    func nothingChosen() throws {
        #expect(try ThemeLoader.load(nil, environment: [:], colorCount: 256).theme.name == "default")
        #expect(try ThemeLoader.load(nil, environment: [:], colorCount: 8).theme.name == "default")
        #expect(try ThemeLoader.load(nil, environment: [:], colorCount: 0).theme.name == "mono")
        #expect(try ThemeLoader.load("", environment: ["WORKPLAN_THEME": ""], colorCount: 0).theme.name == "mono")
    }

    @Test("--theme, else $WORKPLAN_THEME; a chosen theme wins even without colours")
    func chosen() throws {
        let environment = ["WORKPLAN_THEME": "light", "HOME": "/nonexistent"]
        #expect(try ThemeLoader.load(nil, environment: environment, colorCount: 0).theme.name == "light")
        #expect(try ThemeLoader.load("high-contrast", environment: environment, colorCount: 256).theme.name == "high-contrast")
        let loaded = try ThemeLoader.load("mono", environment: [:], colorCount: 256)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.theme[.selection] == Style(attributes: .reverse))
    }

    @Test("names and paths")
    func namesAndPaths() {
        #expect(ThemeLoader.isPath("./light"))
        #expect(ThemeLoader.isPath("themes/light"))
        #expect(ThemeLoader.isPath("light.theme"))
        #expect(!ThemeLoader.isPath("light"))
        #expect(!ThemeLoader.isPath("high-contrast"))
    }

    @Test("a theme file named by its path, with its problems")
    func path() throws {
        try withFolder { folder in
            let path = folder + "/đỏ.theme"
            try PlanStore().create(Array("title red blue\ntask pink default\n".utf8), at: path, makeFolders: false)
            let loaded = try ThemeLoader.load(path, environment: [:], colorCount: 256)
            #expect(loaded.theme.name == "đỏ")
            #expect(loaded.theme[.title] == Style(foreground: .palette(1), background: .palette(4)))
            #expect(loaded.theme[.task] == Theme.default[.task])
            #expect(loaded.problems.map { $0.formatted(.en) } == [
                "\(path):2: there is no colour \"pink\" (use default, a colour name, bright-NAME, colorN or 0–255); \"task\" takes its style from the default theme",
            ])
        }
    }

    @Test("a theme file that cannot be read is an error naming its path")
    func unreadable() {
        #expect(throws: ThemeError.unreadable(.notFound(path: "missing.theme"))) {
            try ThemeLoader.load("missing.theme", environment: [:], colorCount: 256)
        }
        let error = ThemeError.unreadable(.notFound(path: "/x/missing.theme"))
        #expect(error.message(.en) == "cannot read the theme: the file \"/x/missing.theme\" or its folder does not exist")
        #expect(error.message(.vi)
            == "không đọc được chủ đề màu: không tìm thấy tệp \"/x/missing.theme\" hoặc thư mục chứa nó")
    }

    @Test("a folder given as the theme is an error")
    func folderAsTheme() throws {
        try withFolder { folder in
            #expect(throws: ThemeError.unreadable(.notARegularFile(path: folder + "/"))) {
                try ThemeLoader.load(folder + "/", environment: [:], colorCount: 256)
            }
        }
    }

    @Test("a name is looked for in the user's themes folder first, then among the built-ins")
    func userThemes() throws {
        try withFolder { folder in
            let themes = folder + "/config/workplan/themes"
            try PlanStore().create(Array("title green default\n".utf8), at: themes + "/mine.theme", makeFolders: true)
            try PlanStore().create(Array("title red default\n".utf8), at: themes + "/light.theme", makeFolders: false)
            let xdg = ["XDG_CONFIG_HOME": folder + "/config", "HOME": "/nonexistent"]
            let mine = try ThemeLoader.load("mine", environment: xdg, colorCount: 256)
            #expect(mine.theme.name == "mine")
            #expect(mine.theme[.title] == Style(foreground: .palette(2)))
            #expect(mine.theme[.done] == Theme.default[.done])
            let light = try ThemeLoader.load(nil, environment: xdg.merging(["WORKPLAN_THEME": "light"]) { $1 }, colorCount: 256)
            #expect(light.theme[.title] == Style(foreground: .palette(1)), "the user's light.theme hides the built-in one")
            let mono = try ThemeLoader.load("mono", environment: xdg, colorCount: 256)
            #expect(mono.theme[.selection] == BuiltinTheme.mono.theme[.selection])
        }
    }

    @Test("without $XDG_CONFIG_HOME (or with a relative one) the folder is ~/.config/workplan/themes")
    func homeThemes() throws {
        try withFolder { folder in
            try PlanStore().create(Array("title green default\n".utf8), at: folder + "/.config/workplan/themes/mine.theme",
                                   makeFolders: true)
            for environment in [["HOME": folder], ["HOME": folder, "XDG_CONFIG_HOME": "config"]] {
                #expect(try ThemeLoader.load("mine", environment: environment, colorCount: 256).theme[.title]
                    == Style(foreground: .palette(2)))
            }
        }
    }

    @Test("an unknown name lists the built-in themes, then the user's")
    func unknownName() throws {
        try withFolder { folder in
            let themes = folder + "/.config/workplan/themes"
            for name in ["zeta", "alpha", "light"] {
                try PlanStore().create(Array("task red default\n".utf8), at: themes + "/\(name).theme", makeFolders: true)
            }
            try PlanStore().create([], at: themes + "/notes.txt", makeFolders: false)
            let expected = ThemeError.unknownTheme(
                name: "dark", available: ["default", "light", "high-contrast", "mono", "alpha", "zeta"])
            #expect(throws: expected) {
                try ThemeLoader.load("dark", environment: ["HOME": folder], colorCount: 256)
            }
            #expect(expected.message(.en)
                == "there is no theme \"dark\"; the themes are: default, light, high-contrast, mono, alpha, zeta")
            #expect(expected.message(.vi)
                == "không có chủ đề màu \"dark\"; các chủ đề có sẵn: default, light, high-contrast, mono, alpha, zeta")
        }
        #expect(throws: ThemeError.unknownTheme(name: "dark", available: ["default", "light", "high-contrast", "mono"])) {
            try ThemeLoader.load(nil, environment: ["WORKPLAN_THEME": "dark"], colorCount: 256)
        }
    }

    // MARK: Helpers

    /// The package's root folder, found from this file's path.
    static let packageRoot: String = {
        let parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(3).joined(separator: "/")
    }()

    /// Runs `body` with a new empty folder, removed afterwards.
    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }
}
