import Foundation
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The officer's own keys (the config file's `keys:`): the keymap takes them, other actions give
/// them up, and help, hints and messages name the keys as bound.
@Suite("Remapped keys")
@MainActor
struct KeyRemappingTests {
    @Test("key names are read as help writes them and as other programs' key files do")
    func keyNames() {
        #expect(Key(name: "a") == .text("a"))
        #expect(Key(name: "A") == .text("A"))
        #expect(Key(name: "%") == .text("%"))
        #expect(Key(name: "Space") == .text(" "))
        #expect(Key(name: "ctrl-R") == .control("r"))
        #expect(Key(name: "C-x") == .control("x"))
        #expect(Key(name: "F12") == .function(12))
        #expect(Key(name: "PageDown") == .pageDown)
        #expect(Key(name: "↑") == .up)
        #expect(Key(name: "Shift-Tab") == .backTab)
        #expect(Key(name: "F13") == nil)
        #expect(Key(name: "Ctrl-1") == nil)
        #expect(Key(name: "") == nil)
        for action in Action.bindable {
            for key in Keymap.standard.keys(for: action, in: .browse) {
                #expect(Key(name: key.label) == key, "the label \(key.label) reads back")
            }
        }
    }

    @Test("every bindable action has a config name that reads back to it")
    func actionNames() {
        #expect(Action.editDue.configName == "edit-due")
        #expect(Action.reapplyLost.configName == "reapply-lost")
        #expect(Action.setStatus(.done).configName == nil)
        for action in Action.bindable {
            #expect(action.configName.flatMap(Action.init(configName:)) == action)
        }
    }

    @Test("a remapped key starts its action and is taken from the one that had it; two actions can swap keys")
    func remapping() throws {
        let keymap = try Keymap.standard.remapped([(.editDue, [.text("t")]), (.addTrack, [.text("d")])])
        #expect(keymap.action(for: .text("t"), in: .browse) == .editDue)
        #expect(keymap.action(for: .text("d"), in: .browse) == .addTrack)
        #expect(keymap.action(for: .text("t"), in: .review) == .editDue, "edit-due is remapped in meetings too")
        #expect(keymap.action(for: .text("d"), in: .review) == nil, "the meeting's d was edit-due's")
        let collapse = try Keymap.standard.remapped([(.editDue, [.text("h")])])
        #expect(collapse.keys(for: .collapse, in: .browse) == [.left], "collapse keeps its other key")
        #expect(collapse.action(for: .text("h"), in: .browse) == .editDue)
        #expect(throws: KeymapConflict(key: .text("q"), action: .endReview), "q is the meeting's only key to end it") {
            try Keymap.standard.remapped([(.editDue, [.text("q")])])
        }
        #expect(throws: KeymapConflict(key: .text("p"), action: .parent)) {
            try Keymap.standard.remapped([(.addTrack, [.text("p")])])
        }
    }

    @Test("help, the hints and the messages name the remapped keys")
    func helpFollows() throws {
        _ = TUITestSupport.locale
        let keymap = try Keymap.standard.remapped([(.help, [.function(1), .text("H")]), (.undo, [.control("u")]),
                                                   (.clearFilter, [.text("X")])])
        var state = AppState(plan: Plan(TUITestSupport.smallPlan), fileName: "plan.md", language: .vi,
                             today: TUITestSupport.today, size: TerminalSize(rows: 24, columns: 80), keymap: keymap)
        #expect(TUITestSupport.screen(state).last?.hasSuffix("F1 trợ giúp") == true)
        state.select(.task(TUITestSupport.task("BC2", in: state)))
        _ = state.update(.delete)
        #expect(TUITestSupport.screen(state).joined().contains("xoá rồi vẫn hoàn tác được bằng Ctrl-U"))
        _ = state.update(.cancel)
        _ = state.update(.help)
        #expect(TUITestSupport.screen(state).last?.hasPrefix(" Esc hoặc F1 để đóng") == true)
        let help = HelpContent.lines(keymap, .vi)
        #expect(help.contains(.binding(keys: "F1 H", help: Action.help.help(.vi))))
        #expect(help.contains(.binding(keys: "Ctrl-U", help: Action.undo.help(.vi))))
        #expect(help.contains(.binding(keys: "X", help: Action.clearFilter.help(.vi))))
        #expect(!help.contains(.binding(keys: "F Esc", help: Action.clearFilter.help(.vi))))
    }

    @Test("the agenda is put in order with the tree's keys as the officer bound them")
    func arrangeWithOwnKeys() throws {
        _ = TUITestSupport.locale
        let keymap = try Keymap.standard.remapped([(.moveTaskUp, [.text("W")]), (.delete, [.text("Z")])])
        var state = AppState(plan: Plan(TUITestSupport.smallPlan), fileName: "plan.md", language: .vi,
                             today: TUITestSupport.today, size: TerminalSize(rows: 24, columns: 80), keymap: keymap)
        var open = TreeFilter()
        open.status = .open
        let began = state.beginReview(agenda: open)
        #expect(began)
        TUITestSupport.run([.moveDown, .moveDown, .input(.text("K")), .input(.text("x"))], on: &state)
        let untouched: [String] = if case let .review(review) = state.mode { review.minutes.agenda } else { [] }
        #expect(untouched == ["KH1", "KH1.2", "KH2", "BC1"], "K and x are no longer the tree's keys")
        TUITestSupport.run([.input(.text("W")), .moveDown, .input(.text("Z"))], on: &state)
        let arranged: [String] = if case let .review(review) = state.mode { review.minutes.agenda } else { [] }
        #expect(arranged == ["KH1", "KH2", "BC1"])
        #expect(TUITestSupport.screen(state).joined().contains("Chương trình: ↑↓ chọn · W J chuyển · Z bỏ"))
    }

    @Test("docs/config.md names every action a key can be given to")
    func documented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/config.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for action in Action.bindable {
            let name = try #require(action.configName)
            #expect(text.contains("| `\(name)` |"), "docs/config.md has no row for \(name)")
        }
    }
}

/// A refused edit's sentence names the interface's keys where the command line names a command.
@Suite("Refusals name the keys")
@MainActor
struct RefusalKeyTests {
    @Test("a note line that would read as an entry points to the entry key; the command line's sentence to workplan log")
    func noteAsEntry() throws {
        let fixture = try RuntimeFixture(rows: 30, columns: 120)
        defer { fixture.folder.remove() }
        fixture.go(to: "KH2")
        fixture.press(.text("m"))
        fixture.type("- 2021-03-15: 1 buổi tiếp công dân")
        fixture.press(.control("s"))
        let said = fixture.runtime.state.message?.text ?? ""
        #expect(said.contains("hãy thêm mục ghi bằng phím w, hoặc viết dòng này khác đi"), "\(said)")
        #expect(try fixture.text() == TUITestSupport.smallPlan)
        let line = "- 2021-03-15: x"
        #expect(EditError.noteLooksLikeEntry(line: line).message(.vi).contains("hãy thêm mục ghi bằng workplan log,"))
        #expect(EditError.entryLooksLikeExtension.message(.en, keys: EditError.Keys(logEntry: "w", extend: "X"))
            .contains("extend with the X key,"))
    }
}
