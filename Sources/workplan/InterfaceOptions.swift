import ArgumentParser

/// The options of the full-screen interface: its theme and colours.
struct InterfaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Giao diện màu / theme: default, light, high-contrast, mono, or a file.",
                                            valueName: "NAME|PATH"))
    var theme: String?

    @Flag(name: .long, help: "Không dùng màu / no colours (as NO_COLOR).")
    var noColor = false
}
