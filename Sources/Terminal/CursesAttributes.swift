import CNcursesw

extension Attributes {
    /// The curses attribute bits for these attributes.
    var curses: attr_t {
        var bits = wp_A_NORMAL()
        for (attribute, curses) in [(Attributes.bold, wp_A_BOLD()), (.dim, wp_A_DIM()),
                                    (.underline, wp_A_UNDERLINE()), (.reverse, wp_A_REVERSE()),
                                    (.italic, wp_A_ITALIC()), (.standout, wp_A_STANDOUT())]
        where contains(attribute) {
            bits |= curses
        }
        return bits
    }
}
