extension Action {
    /// Every action an officer may bind keys to, in the order of the help screen. The statuses
    /// a meeting sets with digits, the typed keys and the terminal's resize are not among them.
    public static let bindable: [Action] = [
        .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .collapse, .expand, .parent, .collapseAll, .expandAll,
        .toggleDone, .chooseStatus, .editTitle, .editDue, .editUnits, .editProgress, .editNote, .editFields, .logEntry,
        .extendDeadline, .addBelow, .addSubtask, .addTrack, .moveToTrack, .declare, .delete, .moveTaskUp, .moveTaskDown,
        .indent, .outdent, .undo, .redo,
        .search, .nextMatch, .previousMatch, .chooseFilter, .clearFilter, .toggleSort,
        .help, .quit, .suspend, .redraw, .reload, .reapplyLost, .openEditor, .showReport, .showTask, .writePaper, .sync,
        .startReview, .addToAgenda, .editOutcome, .editOpinions, .editDecision, .editResponsible, .toggleFollowUp, .nextItem, .previousItem,
        .skipItem, .endReview,
        .confirm, .cancel, .keepMine, .keepTheirs,
    ]

    /// The action's name in the config file's `keys:` (`edit-due`, `add-track`): its case's name
    /// in words joined by hyphens, so that the names read like the help lines.
    public var configName: String? {
        guard Action.bindable.contains(self) else { return nil }
        let name = String(describing: self)
        var words = ""
        for character in name {
            if character.isUppercase, !words.isEmpty { words.append("-") }
            words.append(Character(character.lowercased()))
        }
        return words
    }

    /// The bindable action a config file's name stands for, or nil.
    public init?(configName: String) {
        guard let action = Action.bindable.first(where: { $0.configName == configName.lowercased() }) else { return nil }
        self = action
    }
}
