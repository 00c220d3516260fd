import Terminal

/// The style of every role: what the screen looks like. Every role always has a style;
/// a role that a theme file leaves out or gets wrong has the default theme's.
public struct Theme: Sendable {
    /// The theme's name: a built-in name, or a theme file's name without `.theme`.
    public let name: String
    /// The style of each role, every role included.
    private let styles: [Role: Style]

    /// A theme with these styles; roles missing from `styles` take `fallback`'s.
    init(name: String, styles: [Role: Style], fallback: (Role) -> Style) {
        self.name = name
        var complete = styles
        for role in Role.allCases where complete[role] == nil {
            complete[role] = fallback(role)
        }
        self.styles = complete
    }

    /// The style the role is drawn in.
    public subscript(role: Role) -> Style {
        styles[role, default: .plain]
    }
}
