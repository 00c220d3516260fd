/// The one edit path: the command line, the interface's keys and the meetings all change a plan
/// file by handing `perform` the operations they built.
extension PlanFile {
    /// Makes the operations on the plan, in order, and saves them together under the file's
    /// lock. When the file changed on disk since it was read, reads it again and makes each
    /// edit again there by the one merge rule (`Plan.merge`), giving any id that someone else
    /// took meanwhile a free number, so that both changes survive; when an edit no longer fits
    /// (someone changed the same part of that task), the fresh plan is kept, nothing is saved,
    /// and it throws `.conflict`. A refused operation saves nothing. Returns what each operation
    /// did, as saved. Afterwards the plan is what is on disk, also when it throws.
    @discardableResult
    public mutating func perform(_ operations: [PlanOperation], today: PlanDate) throws(PlanFileError) -> [AppliedOperation] {
        guard plan.isValidUTF8 else { throw .notUTF8(path: path) }
        let readHad = plan.taskCount
        var applied: [AppliedOperation] = []
        do {
            for operation in operations { applied.append(try operation.apply(to: &plan, today: today)) }
        } catch {
            try? reload()
            throw .edit(error)
        }
        if applied.allSatisfy(\.edit.changesNothing) {
            _ = try reloadIfChanged()
            return applied
        }
        let saved = try locked { (file: inout PlanFile) throws(PlanFileError) -> [LineBlockEdit] in
            try file.saveMergingHoldingLock(applied.map(\.edit), readHad: readHad)
        }
        for index in applied.indices { applied[index].edit = saved[index] }
        return applied
    }

    /// `perform` of one operation; returns what it did, as saved.
    @discardableResult
    public mutating func perform(_ operation: PlanOperation, today: PlanDate) throws(PlanFileError) -> AppliedOperation {
        try perform([operation], today: today)[0]
    }

    /// Settles a conflict: keepMine writes my version of the task in place of its lines as they
    /// are now on disk (or, when the task is gone there, where they were in my plan) and returns
    /// what that did; otherwise, or when both versions are the same, nothing changes (the disk
    /// version is already loaded) and it returns nil.
    @discardableResult
    public mutating func resolve(_ conflict: PlanConflict, keepMine: Bool, today: PlanDate) throws(PlanFileError) -> AppliedOperation? {
        guard keepMine, !LineBlockEdit.same(conflict.mineLines, conflict.theirs) else { return nil }
        return try perform(.keepMine(conflict), today: today)
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

    /// Saves the plan that `edits` changed, once the lock is held. When the file changed on disk,
    /// reads it again and makes the edits again there (a few times at most); throws `.conflict`
    /// when one no longer fits.
    private mutating func saveMergingHoldingLock(_ edits: [LineBlockEdit], readHad: Int) throws(PlanFileError) -> [LineBlockEdit] {
        var saving = edits
        var attempts = 0
        while true {
            do {
                fingerprint = try save(plan)
                return saving
            } catch .store(.changedOnDisk) where attempts < 3 {
                attempts += 1
                let edited = plan
                try reloadRefusingVanishedTasks(readHad: readHad, touched: saving.reduce(0) { $0 + $1.tasksReplaced })
                guard plan.isValidUTF8 else { throw .notUTF8(path: path) }
                saving = try mergeAll(saving, edited: edited)
            } catch {
                try? reload()
                throw error
            }
        }
    }

    /// Makes each edit again on the plan just read; on the first that no longer fits, reads the
    /// file again (so that the plan is what is on disk) and throws the conflict.
    private mutating func mergeAll(_ edits: [LineBlockEdit], edited: Plan) throws(PlanFileError) -> [LineBlockEdit] {
        var merged: [LineBlockEdit] = []
        for edit in edits {
            do {
                merged.append(try plan.merge(edit))
            } catch {
                if !merged.isEmpty { try reload() }
                throw .conflict(PlanConflict(mine: edit, edited: edited, disk: plan))
            }
        }
        return merged
    }
}
