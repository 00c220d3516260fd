/// The themes shipped inside the program, so that it needs no themes folder. Each text is,
/// byte for byte, the file of the same name in the package's `themes/` folder, and is read
/// by `ThemeParser` exactly like a user's theme file.
public enum BuiltinTheme: String, CaseIterable, Sendable {
    /// For a terminal with a dark background: the theme when none is chosen.
    case `default`
    /// For a terminal with a light background.
    case light
    /// Bright colours and bold text on a dark background.
    case highContrast = "high-contrast"
    /// Attributes only, no colours: for a vt100 or `NO_COLOR`, and whenever the terminal
    /// shows no colours and no theme is chosen.
    case mono

    /// The theme file's text.
    public var text: String {
        switch self {
        case .default: Self.defaultText
        case .light: Self.lightText
        case .highContrast: Self.highContrastText
        case .mono: Self.monoText
        }
    }

    /// The theme, read by the same parser as the user's theme files.
    public var theme: Theme {
        ThemeParser.parse(text, name: rawValue, file: rawValue + ".theme", fallback: .default).theme
    }

    /// The text of `themes/default.theme`.
    private static let defaultText = #"""
# Workplan theme "default": for a terminal with a dark background.
# Chủ đề màu "default": cho cửa sổ dòng lệnh nền tối.
#
# Uses the 256-colour palette; on a terminal with 8 colours each colour becomes the
# nearest of the basic eight, and every role stays legible. See docs/themes.md.
#
# role          foreground      background      attributes
title           231             60              bold
track           153             default         bold
task            default         default
mark            245             default
selection       default         24
done            71              default         dim
done-late       172             default         dim
cancelled       245             default         dim
postponed       179             default
blocked         168             default
in-progress     75              default
overdue         203             default         bold
due-soon        214             default
date            109             default
unit            180             default
progress        114             default
rollup          245             default
tree            244             default
search-match    16              220             bold
detail          default         default
detail-label    110             default         bold
note            250             default         italic
status-line     252             236
message         71              236
error           231             124             bold
help            default         default
help-heading    75              default         bold
help-key        222             default         bold
editor          231             238
dialog          252             237
dialog-title    231             60              bold
filter          214             236             bold

"""#

    /// The text of `themes/light.theme`.
    private static let lightText = #"""
# Workplan theme "light": for a terminal with a light background.
# Chủ đề màu "light": cho cửa sổ dòng lệnh nền sáng.
#
# Uses the 256-colour palette; on a terminal with 8 colours each colour becomes the
# nearest of the basic eight, and no text turns white or yellow. See docs/themes.md.
#
# role          foreground      background      attributes
title           231             25              bold
track           25              default         bold
task            default         default
mark            241             default
selection       default         81
done            28              default         dim
done-late       130             default
cancelled       241             default         dim
postponed       30              default
blocked         90              default
in-progress     26              default
overdue         160             default         bold
due-soon        166             default
date            23              default
unit            95              default
progress        28              default
rollup          241             default
tree            241             default
search-match    16              220             bold
detail          default         default
detail-label    25              default         bold
note            241             default         italic
status-line     16              252
message         28              252
error           231             160             bold
help            default         default
help-heading    25              default         bold
help-key        90              default         bold
editor          16              254
dialog          16              254
dialog-title    231             25              bold
filter          90              252             bold

"""#

    /// The text of `themes/high-contrast.theme`.
    private static let highContrastText = #"""
# Workplan theme "high-contrast": bright colours and bold text on a dark background.
# Chủ đề màu "high-contrast": màu sáng, chữ đậm trên nền tối, dễ đọc nhất.
#
# Uses only the sixteen basic colours, so it looks the same on every colour terminal;
# with 8 colours the bright ones become their plain forms. See docs/themes.md.
#
# role          foreground      background      attributes
title           black           bright-white    bold
track           bright-white    default         bold underline
task            bright-white    default
mark            bright-white    default         bold
selection       black           bright-cyan     bold
done            bright-green    default         bold
done-late       yellow          default         bold
cancelled       white           default
postponed       bright-yellow   default
blocked         bright-magenta  default         bold
in-progress     bright-cyan     default         bold
overdue         bright-red      default         bold underline
due-soon        bright-yellow   default         bold
date            bright-white    default
unit            bright-white    default
progress        bright-green    default         bold
rollup          bright-white    default
tree            white           default
search-match    black           bright-yellow   bold
detail          bright-white    default
detail-label    bright-cyan     default         bold
note            white           default
status-line     black           white
message         black           bright-green    bold
error           bright-white    red             bold
help            bright-white    default
help-heading    bright-yellow   default         bold underline
help-key        bright-cyan     default         bold
editor          black           bright-white
dialog          bright-white    blue
dialog-title    black           bright-white    bold
filter          black           bright-yellow   bold

"""#

    /// The text of `themes/mono.theme`.
    private static let monoText = #"""
# Workplan theme "mono": attributes only, no colours, for a vt100 or NO_COLOR.
# Chủ đề màu "mono": chỉ dùng kiểu chữ, không dùng màu (vt100, NO_COLOR).
#
# Workplan chooses it by itself when the terminal shows no colours and no theme is
# chosen. Every state of a task has its own attributes. See docs/themes.md.
#
# role          foreground      background      attributes
title           default         default         reverse bold
track           default         default         bold
task            default         default         none
mark            default         default         none
selection       default         default         reverse
done            default         default         dim
done-late       default         default         dim underline
cancelled       default         default         dim italic
postponed       default         default         italic
blocked         default         default         bold italic
in-progress     default         default         bold
overdue         default         default         bold underline
due-soon        default         default         underline
date            default         default         none
unit            default         default         none
progress        default         default         none
rollup          default         default         none
tree            default         default         dim
search-match    default         default         reverse underline
detail          default         default         none
detail-label    default         default         bold
note            default         default         italic
status-line     default         default         reverse
message         default         default         reverse bold
error           default         default         reverse bold underline
help            default         default         none
help-heading    default         default         bold underline
help-key        default         default         bold
editor          default         default         underline
dialog          default         default         reverse
dialog-title    default         default         reverse bold
filter          default         default         reverse bold

"""#
}

extension Theme {
    /// The default theme, read from its built-in text. It gives every role a style (a test
    /// checks it), so it needs no fallback; a role it left out would be plain.
    public static let `default` = Theme(
        name: BuiltinTheme.default.rawValue,
        styles: ThemeParser.styles(in: BuiltinTheme.default.text, file: "default.theme").styles,
        fallback: { _ in .plain })
}
