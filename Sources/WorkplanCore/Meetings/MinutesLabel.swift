/// The labels of the minutes' list lines (`- Ngày họp: 15/03/2021`), in both languages; the
/// minutes are written in one and read in either, and the screens that show what a meeting
/// recorded use the same words.
public enum MinutesLabel: CaseIterable, Sendable {
    /// The meeting's facts: its day, start, end, place, chair and the chair's title, secretary,
    /// attendees and agenda.
    case date, started, ended, place, chair, chairTitle, secretary, attendees, agenda
    /// An item's: its time, status, due date, progress, outcome, the opinions given, decision,
    /// who is responsible, and whether it is followed up.
    case time, status, due, progress, outcome, opinions, decision, responsible, followUp

    /// The label as written in a language.
    public func text(_ language: Language) -> String {
        switch self {
        case .date: language.pick(vi: "Ngày họp", en: "Date")
        case .started: language.pick(vi: "Bắt đầu", en: "Started")
        case .ended: language.pick(vi: "Kết thúc", en: "Ended")
        case .place: language.pick(vi: "Địa điểm", en: "Place")
        case .chair: language.pick(vi: "Chủ trì", en: "Chaired by")
        case .chairTitle: language.pick(vi: "Chức vụ chủ trì", en: "Chair's title")
        case .secretary: language.pick(vi: "Thư ký", en: "Secretary")
        case .attendees: language.pick(vi: "Thành phần", en: "Attended by")
        case .agenda: language.pick(vi: "Chương trình", en: "Agenda")
        case .time: language.pick(vi: "Thời gian", en: "Time")
        case .status: language.pick(vi: "Trạng thái", en: "Status")
        case .due: language.pick(vi: "Hạn", en: "Due")
        case .progress: language.pick(vi: "Tiến độ", en: "Progress")
        case .outcome: language.pick(vi: "Kết quả", en: "Outcome")
        case .opinions: language.pick(vi: "Ý kiến", en: "Opinions")
        case .decision: language.pick(vi: "Kết luận, chỉ đạo", en: "Decision")
        case .responsible: language.pick(vi: "Phụ trách", en: "Responsible")
        case .followUp: language.pick(vi: "Theo dõi tiếp", en: "Follow-up")
        }
    }

    /// True for the labels of the meeting as a whole (the others belong to an item).
    var isMeetingLabel: Bool {
        switch self {
        case .date, .started, .ended, .place, .chair, .chairTitle, .secretary, .attendees, .agenda: true
        default: false
        }
    }

    /// The label a written one names, in either language, case and diacritics ignored.
    static func named(_ written: some StringProtocol) -> MinutesLabel? {
        let folded = TextFolding.fold(written)
        return allCases.first { label in
            Language.allCases.contains { TextFolding.fold(label.text($0)) == folded }
        }
    }
}

/// The word the minutes write where a value is not there, as in a due date removed
/// (`10/07/2021 → không có`), and read back as no value in either language.
enum MinutesNone {
    /// `không có`, or `none`.
    static func word(_ language: Language) -> String {
        language.pick(vi: "không có", en: "none")
    }

    /// True when the text is that word in either language.
    static func means(_ text: String) -> Bool {
        Language.allCases.contains { TextFolding.fold(word($0)) == TextFolding.fold(text) }
    }
}
