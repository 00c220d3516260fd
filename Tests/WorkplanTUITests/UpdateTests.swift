import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Actions on a state and the effects they ask for: nothing here touches a file.
@Suite("Update")
struct UpdateTests {
    @Test("Space on a task asks to tick it done, and on a done task to untick it")
    func toggleDone() {
        var state = TUITestSupport.state()
        let open = TUITestSupport.task("KH1", in: state)
        state.select(.task(open))
        #expect(state.update(.toggleDone) == [.perform(.setStatus(task: open, status: .done))])
        let done = TUITestSupport.task("KH1.1", in: state)
        state.select(.task(done))
        #expect(state.update(.toggleDone) == [.perform(.setStatus(task: done, status: .notStarted))])
    }

    @Test("committing an edit asks for the change and keeps the editor open until its outcome: a refusal keeps what was typed, a save closes it")
    func editOpenUntilSaved() {
        let typed = "abc"
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        TUITestSupport.run([.editProgress, .input(.control("u"))] + typed.unicodeScalars.map { .input(.text($0)) }, on: &state)
        #expect(state.update(.confirm).count == 1)
        state.apply(.failed(plan: state.plan, message: "refused"))
        guard case let .edit(edit) = state.mode else {
            Issue.record("the editor closed")
            return
        }
        #expect(edit.editor.text == typed)
        #expect(state.message == StatusMessage("refused", isError: true))
        TUITestSupport.saved(&state)
        #expect(state.mode == .browse)
    }

    @Test("a note: Enter breaks the line, the save key asks for the change and the editor stays until its outcome")
    func noteEditing() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        TUITestSupport.run([.editNote] + "Một".unicodeScalars.map { .input(.text($0)) } + [.input(.enter)]
                           + " hai".unicodeScalars.map { .input(.text($0)) }, on: &state)
        guard case let .note(note) = state.mode else {
            Issue.record("not editing a note")
            return
        }
        #expect(note.editor.text == state.plan.note(of: task) + "Một\n hai")
        #expect(state.update(.confirm) == [.perform(.setNote(task: task, note: note.editor.text))])
        if case .note = state.mode {} else { Issue.record("the note closed before its outcome") }
        state.apply(.failed(plan: state.plan, message: "refused"))
        if case .note = state.mode {} else { Issue.record("a refusal closed the note") }
        TUITestSupport.saved(&state)
        #expect(state.mode == .browse)
    }

    @Test("on a track heading a task action says to select a task and does nothing")
    func taskActionOnTrack() {
        var state = TUITestSupport.state()
        #expect(state.update(.toggleDone).isEmpty)
        #expect(state.message?.isError == true)
    }

    @Test("editing the due date: the line starts with the date, typing a new one asks to set it in ISO")
    func editDue() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        TUITestSupport.run([.editDue], on: &state)
        guard case let .edit(edit) = state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(edit.editor.text == "10/07/2021")
        TUITestSupport.run([.input(.control("u"))] + "15/8".unicodeScalars.map { .input(.text($0)) }, on: &state)
        let effects = state.update(.confirm)
        #expect(effects == [.perform(.setFields(task: task, fields: [FieldUpdate(key: "due", value: "2021-08-15")]))])
    }

    @Test("a due date that is not a date keeps the line open and says why")
    func badDue() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH1", in: state)))
        TUITestSupport.run([.editDue, .input(.control("u")), .input(.text("x"))], on: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text == UnreadableDate("x").message(.vi), "the same sentence as the command line's")
        if case .edit = state.mode {} else { Issue.record("the edit was closed") }
    }

    @Test("Esc leaves an edit without any effect")
    func cancelEdit() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH1", in: state)))
        TUITestSupport.run([.editTitle, .input(.text("!"))], on: &state)
        #expect(state.update(.cancel).isEmpty)
        #expect(state.mode == .browse)
    }

    @Test("units: the first code leads, the others coordinate; an undeclared code is refused")
    func editUnits() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH2", in: state)
        state.select(.task(task))
        TUITestSupport.run([.editUnits, .input(.control("u"))] + "hc, th".unicodeScalars.map { .input(.text($0)) }, on: &state)
        #expect(state.update(.confirm) == [.perform(.setFields(task: task, fields: [
            FieldUpdate(key: "lead", value: "HC"), FieldUpdate(key: "with", value: "TH")]))])
        TUITestSupport.run([.editUnits, .input(.control("u"))] + "XYZ".unicodeScalars.map { .input(.text($0)) }, on: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.text.contains("XYZ") == true)
    }

    @Test("a new task below, a subtask, and one at the end of a selected track")
    func adding() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        TUITestSupport.run([.addBelow] + "Việc mới".unicodeScalars.map { .input(.text($0)) }, on: &state)
        #expect(state.update(.confirm) == [.perform(.addBelow(task: task, title: "Việc mới"))])
        TUITestSupport.saved(&state)
        TUITestSupport.run([.addSubtask] + "Con".unicodeScalars.map { .input(.text($0)) }, on: &state)
        #expect(state.update(.confirm) == [.perform(.addUnder(task: task, title: "Con"))])
        TUITestSupport.saved(&state)
        let track = TUITestSupport.track("Bầu cử", in: state)
        state.select(.track(track))
        TUITestSupport.run([.addBelow, .input(.text("X"))], on: &state)
        #expect(state.update(.confirm) == [.perform(.addInTrack(track: track, title: "X"))])
    }

    @Test("delete asks first: n keeps the task, y deletes it")
    func deleteConfirms() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        #expect(state.update(.delete).isEmpty)
        #expect(state.mode == .confirmDelete(.task(task)))
        #expect(TUITestSupport.lines(state).contains { $0.contains("cùng 2 nhiệm vụ") })
        #expect(state.update(.cancel).isEmpty)
        #expect(state.mode == .browse)
        TUITestSupport.run([.delete], on: &state)
        #expect(state.update(.confirm) == [.perform(.delete(task: task))])
    }

    @Test("move, indent and outdent ask for their operation on the selected task")
    func structure() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH2", in: state)
        state.select(.task(task))
        #expect(state.update(.moveTaskUp) == [.perform(.move(task: task, offset: -1))])
        #expect(state.update(.moveTaskDown) == [.perform(.move(task: task, offset: 1))])
        #expect(state.update(.indent) == [.perform(.indent(task: task))])
        #expect(state.update(.outdent) == [.perform(.outdent(task: task))])
    }

    @Test("undo and redo take the last change of their history, and say so when there is none")
    func history() {
        var state = TUITestSupport.state()
        #expect(state.update(.undo).isEmpty)
        #expect(state.message?.text == "Không còn gì để hoàn tác")
        let edit = LineBlockEdit(start: 7, old: ["a"], new: ["b"], taskId: "KH1")
        state.undoStack = [edit]
        #expect(state.update(.undo) == [.undo(edit)])
        state.redoStack = [edit]
        #expect(state.update(.redo) == [.redo(edit)])
    }

    @Test("the status list sets the chosen status; a digit chooses directly")
    func statusMenu() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH2", in: state)
        state.select(.task(task))
        TUITestSupport.run([.chooseStatus], on: &state)
        guard case let .menu(menu) = state.mode else {
            Issue.record("no list")
            return
        }
        #expect(menu.items[menu.selected].choice == .status(.blocked))
        #expect(state.update(.input(.text("3"))) == [.perform(.setStatus(task: task, status: .done))])
        #expect(state.mode == .browse)
    }

    @Test("q quits at once; Ctrl-Z suspends")
    func quitAndSuspend() {
        var state = TUITestSupport.state()
        #expect(state.update(.quit) == [.quit])
        #expect(state.update(.suspend) == [.suspend])
    }

    @Test("the help screen opens with ?, scrolls within its lines, and closes with Esc")
    func help() {
        var state = TUITestSupport.state(rows: 12, columns: 60)
        TUITestSupport.run([.help, .last], on: &state)
        guard case let .help(scroll) = state.mode else {
            Issue.record("no help")
            return
        }
        #expect(scroll == HelpView.maximumScroll(state))
        #expect(scroll > 0)
        TUITestSupport.run([.cancel], on: &state)
        #expect(state.mode == .browse)
    }
}
