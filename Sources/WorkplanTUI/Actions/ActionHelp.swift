import WorkplanCore

extension Action {
    /// The action's line on the help screen.
    public func help(_ language: Language) -> String {
        switch self {
        case .moveUp: language.pick(vi: "lên một dòng", en: "up a row")
        case .moveDown: language.pick(vi: "xuống một dòng", en: "down a row")
        case .pageUp: language.pick(vi: "lên một trang", en: "up a page")
        case .pageDown: language.pick(vi: "xuống một trang", en: "down a page")
        case .first: language.pick(vi: "về dòng đầu", en: "to the first row")
        case .last: language.pick(vi: "tới dòng cuối", en: "to the last row")
        case .collapse: language.pick(vi: "thu gọn, hoặc lên nhiệm vụ cha", en: "collapse, or go to the parent")
        case .expand: language.pick(vi: "mở rộng, hoặc xuống nhiệm vụ con đầu", en: "expand, or go to the first subtask")
        case .parent: language.pick(vi: "tới nhiệm vụ cha", en: "go to the parent task")
        case .collapseAll: language.pick(vi: "thu gọn tất cả", en: "collapse all")
        case .expandAll: language.pick(vi: "mở rộng tất cả", en: "expand all")
        case .toggleDone: language.pick(vi: "đánh dấu hoàn thành / bỏ đánh dấu", en: "tick done / untick")
        case .chooseStatus: language.pick(vi: "chọn trạng thái", en: "choose the status")
        case let .setStatus(status): language.pick(vi: "đặt trạng thái ", en: "set status ") + status.name(language)
        case .editTitle: language.pick(vi: "sửa tên nhiệm vụ (trên dòng mảng: tên mảng)", en: "edit the title (on a track's row: the track's)")
        case .editDue: language.pick(vi: "sửa hạn hoàn thành", en: "edit the due date")
        case .editUnits: language.pick(vi: "sửa đơn vị chủ trì, phối hợp", en: "edit the lead and other units")
        case .editProgress: language.pick(vi: "sửa tiến độ (a/b hoặc N%)", en: "edit the progress (a/b or N%)")
        case .editNote: language.pick(vi: "sửa ghi chú", en: "edit the note")
        case .editFields: language.pick(vi: "sửa trường khác: ngày bắt đầu, thẻ, số liệu, văn bản…",
                                        en: "edit another field: start, tags, counts, document…")
        case .moveToTrack: language.pick(vi: "chuyển nhiệm vụ sang mảng khác", en: "move the task to another track")
        case .addTrack: language.pick(vi: "thêm mảng công tác sau mảng này", en: "add a track after this one")
        case .declare: language.pick(vi: "khai báo đơn vị hoặc người theo dõi", en: "declare a unit or a person")
        case .extendDeadline: language.pick(vi: "gia hạn: hạn mới, lý do, văn bản", en: "extend the deadline: date, reason, document")
        case .logEntry: language.pick(vi: "ghi kết quả, tiến độ theo ngày", en: "add a dated entry: results or progress")
        case .addBelow: language.pick(vi: "thêm nhiệm vụ bên dưới", en: "add a task below")
        case .addSubtask: language.pick(vi: "thêm nhiệm vụ con", en: "add a subtask")
        case .delete: language.pick(vi: "xoá nhiệm vụ hoặc mảng (có hỏi lại)", en: "delete the task or track (asks first)")
        case .moveTaskUp: language.pick(vi: "chuyển nhiệm vụ (hoặc mảng) lên", en: "move the task (or track) up")
        case .moveTaskDown: language.pick(vi: "chuyển nhiệm vụ (hoặc mảng) xuống", en: "move the task (or track) down")
        case .indent: language.pick(vi: "thụt vào: thành việc con của việc trên", en: "indent: under the task above")
        case .outdent: language.pick(vi: "lùi ra: ngang cấp việc cha", en: "outdent: beside its parent")
        case .undo: language.pick(vi: "hoàn tác", en: "undo")
        case .redo: language.pick(vi: "làm lại", en: "redo")
        case .search: language.pick(vi: "tìm (gõ có hoặc không dấu)", en: "search (with or without diacritics)")
        case .nextMatch: language.pick(vi: "kết quả tìm tiếp theo", en: "next match")
        case .previousMatch: language.pick(vi: "kết quả tìm trước", en: "previous match")
        case .chooseFilter: language.pick(vi: "lọc: trạng thái, hạn, đơn vị, mảng", en: "filter: status, due, unit, track")
        case .clearFilter: language.pick(vi: "bỏ lọc", en: "clear the filter")
        case .toggleSort: language.pick(vi: "xếp theo hạn / theo thứ tự trong tệp", en: "sort by due date / file order")
        case .help: language.pick(vi: "trợ giúp (màn hình này)", en: "help (this screen)")
        case .quit: language.pick(vi: "thoát (mọi thay đổi đã được lưu)", en: "quit (everything is saved)")
        case .suspend: language.pick(vi: "tạm dừng về shell; gõ fg để quay lại", en: "suspend to the shell; fg comes back")
        case .redraw: language.pick(vi: "vẽ lại màn hình", en: "redraw the screen")
        case .reload: language.pick(vi: "đọc lại tệp từ đĩa", en: "read the file again")
        case .reapplyLost: language.pick(vi: "lưu lại những thay đổi vừa bị nơi khác ghi đè", en: "save again the changes that were just overwritten elsewhere")
        case .showReport: language.pick(vi: "báo cáo đầy đủ, mỗi mảng một thanh tỷ lệ",
                                        en: "the full report, a bar per track")
        case .showTask: language.pick(vi: "xem đầy đủ nhiệm vụ, ghi chú, các cuộc họp đã bàn",
                                      en: "the task in full, its note and the meetings on it")
        case .writePaper: language.pick(vi: "in văn bản Word cạnh tệp kế hoạch: kế hoạch (ở cây), báo cáo (ở màn hình báo cáo), biên bản (khi họp xong)",
                                        en: "write a Word paper beside the plan: the plan (tree), the report (report screen), the minutes (after a meeting)")
        case .sync: language.pick(vi: "đồng bộ với kho chung qua git: ghi lại, nhận thay đổi của người khác, gửi lên (workplan sync)",
                                  en: "sync with the shared repository through git: commit, merge the others' changes, push (workplan sync)")
        case .openEditor: language.pick(vi: "mở tệp trong trình soạn thảo ($EDITOR) ở dòng này",
                                        en: "open the file in $EDITOR at this task's line")
        case .startReview: language.pick(vi: "họp rà soát, hoặc họp tiếp cuộc họp bị ngắt",
                                         en: "a review meeting, or go on with one cut off")
        case .editOutcome: language.pick(vi: "ghi kết quả", en: "write the outcome")
        case .editDecision: language.pick(vi: "ghi kết luận, ý kiến chỉ đạo", en: "write the decision or direction")
        case .editOpinions: language.pick(vi: "ghi ý kiến của người dự họp", en: "write the opinions of those present")
        case .addToAgenda: language.pick(vi: "thêm một nhiệm vụ vào cuối chương trình (gõ mã)", en: "add a task to the end of the agenda (by id)")
        case .editResponsible: language.pick(vi: "ghi người, đơn vị phụ trách", en: "write who is responsible")
        case .toggleFollowUp: language.pick(vi: "đánh dấu / bỏ đánh dấu theo dõi tiếp", en: "mark / unmark to follow up")
        case .nextItem: language.pick(vi: "ghi vào biên bản và sang nhiệm vụ tiếp", en: "record it and go to the next task")
        case .previousItem: language.pick(vi: "quay lại nhiệm vụ trước", en: "back to the previous task")
        case .skipItem: language.pick(vi: "tạm bỏ qua, xét lại sau", en: "pass over it, to come back later")
        case .endReview: language.pick(vi: "kết thúc cuộc họp (hỏi trước khi còn mục chưa ghi)", en: "end the meeting (asks first while a task is not recorded)")
        case .confirm: language.pick(vi: "đồng ý, lưu, chọn", en: "confirm, save, choose")
        case .cancel: language.pick(vi: "huỷ, quay lại", en: "cancel, go back")
        case .input: language.pick(vi: "gõ chữ; ← → Home End, Backspace, Delete, Ctrl-U xoá về đầu, Ctrl-K xoá về cuối, Ctrl-W xoá một từ",
                                   en: "type; ← → Home End, Backspace, Delete, Ctrl-U to start, Ctrl-K to end, Ctrl-W a word")
        case .keepMine: language.pick(vi: "giữ bản của tôi", en: "keep my version")
        case .keepTheirs: language.pick(vi: "giữ bản trên đĩa", en: "keep the version on disk")
        case .resize: language.pick(vi: "cỡ màn hình đổi", en: "the terminal was resized")
        }
    }

    /// The action's word in a row of key hints (`→ ghi, tiếp`), short enough that the row of a
    /// meeting's keys fits 80 columns as far as it can; the help line for the others.
    public func hint(_ language: Language) -> String {
        switch self {
        case .nextItem: language.pick(vi: "ghi, tiếp", en: "record, next")
        case .previousItem: language.pick(vi: "lùi", en: "back")
        case .skipItem: language.pick(vi: "bỏ qua", en: "pass")
        case .setStatus: language.pick(vi: "trạng thái", en: "status")
        case .editDue: language.pick(vi: "hạn", en: "due")
        case .editProgress: language.pick(vi: "tiến độ", en: "progress")
        case .editOutcome: language.pick(vi: "kết quả", en: "outcome")
        case .editDecision: language.pick(vi: "kết luận", en: "decision")
        case .editOpinions: language.pick(vi: "ý kiến", en: "opinions")
        case .addToAgenda: language.pick(vi: "thêm", en: "add")
        case .editResponsible: language.pick(vi: "phụ trách", en: "responsible")
        case .toggleFollowUp: language.pick(vi: "theo dõi", en: "follow up")
        case .endReview: language.pick(vi: "kết thúc", en: "end")
        case .help: language.pick(vi: "trợ giúp", en: "help")
        case .undo: language.pick(vi: "hoàn tác", en: "undo")
        case .confirm: language.pick(vi: "lưu", en: "save")
        case .cancel: language.pick(vi: "huỷ", en: "cancel")
        default: help(language)
        }
    }
}
