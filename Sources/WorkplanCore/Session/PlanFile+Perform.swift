/// Editing a plan file from an interactive editor: each edit is described by a `LineBlockEdit`,
/// so that it can be undone, redone, and applied again to a file that someone else changed.
extension PlanFile {
    /// Runs `operation` on the plan and saves. When the file changed on disk since it was read,
    /// reads it again and applies the edit the operation made to the fresh plan with `apply`
    /// (relocating it, and giving any id that someone else took meanwhile a free number) so
    /// that both changes survive; when the edit's old lines are no longer there (someone
    /// changed that task), the fresh plan is kept, nothing is saved, and it throws `.conflict`.
    /// Returns the edit as saved. Afterwards the plan is what is on disk, also when it throws.
    public mutating func perform(
        _ operation: (inout Plan) throws(EditError) -> LineBlockEdit
    ) throws(PlanFileError) -> LineBlockEdit {
        guard plan.isValidUTF8 else { throw .notUTF8(path: path) }
        let readHad = plan.taskCount
        let edit: LineBlockEdit
        do {
            edit = try operation(&plan)
        } catch {
            try? reload()
            throw .edit(error)
        }
        return try saveMerging(edit, readHad: readHad)
    }

    /// Applies a recorded edit (undo: its inverse; redo: the edit) the same way, and returns it
    /// as saved.
    @discardableResult
    public mutating func apply(_ edit: LineBlockEdit) throws(PlanFileError) -> LineBlockEdit {
        try perform { (plan: inout Plan) throws(EditError) in try plan.apply(edit) }
    }

    /// Settles a conflict: keepMine writes my new lines in place of the task's lines as they are
    /// now on disk (or, when the task is gone there, where they were in my plan) and returns that
    /// edit; otherwise nothing changes (the disk version is already loaded) and it returns nil.
    @discardableResult
    public mutating func resolve(_ conflict: PlanConflict, keepMine: Bool) throws(PlanFileError) -> LineBlockEdit? {
        guard keepMine, !LineBlockEdit.same(conflict.mineLines, conflict.theirs) else { return nil }
        return try perform { (plan: inout Plan) throws(EditError) in try plan.keepMine(conflict) }
    }

    /// Reads the file again when it changed on disk since it was read or saved; true when it did.
    public mutating func reloadIfChanged() throws(PlanFileError) -> Bool {
        let current: FileFingerprint?
        do {
            current = try store.fingerprint(of: path)
        } catch {
            throw .store(error)
        }
        guard current != fingerprint else { return false }
        try reload()
        return true
    }

    /// Saves the plan that `edit` changed. When the file changed on disk, reads it again and
    /// applies the edit to it (a few times at most); throws `.conflict` when it no longer fits.
    private mutating func saveMerging(_ edit: LineBlockEdit, readHad: Int) throws(PlanFileError) -> LineBlockEdit {
        if edit.changesNothing {
            _ = try reloadIfChanged()
            return edit
        }
        return try locked { (file: inout PlanFile) throws(PlanFileError) -> LineBlockEdit in
            try file.saveMergingHoldingLock(edit, readHad: readHad)
        }
    }

    /// `saveMerging` of a change, once the lock is held.
    private mutating func saveMergingHoldingLock(_ edit: LineBlockEdit, readHad: Int) throws(PlanFileError) -> LineBlockEdit {
        var saving = edit
        var attempts = 0
        while true {
            do {
                fingerprint = try save(plan)
                return saving
            } catch .store(.changedOnDisk) where attempts < 3 {
                attempts += 1
                let edited = plan
                try reloadRefusingVanishedTasks(readHad: readHad, touched: saving.tasksReplaced)
                guard plan.isValidUTF8 else { throw .notUTF8(path: path) }
                do {
                    saving = try plan.apply(plan.freeingIds(in: saving))
                } catch {
                    throw .conflict(PlanConflict(mine: edit, edited: edited, disk: plan))
                }
            } catch {
                try? reload()
                throw error
            }
        }
    }
}
