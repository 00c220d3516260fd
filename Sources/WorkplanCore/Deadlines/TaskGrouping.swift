/// What tasks are counted or listed by beyond their track: the lead unit, or the persons who
/// follow them. The report's groups and `workplan agenda` name their groups the same way.
public enum TaskGrouping: Sendable, Equatable {
    /// The lead unit (`lead:`).
    case unit
    /// The persons who follow the task (`person:`); a task followed by two is under both.
    case person

    /// A group's name: `TH Phòng Tổng hợp` for a unit, `Nguyễn Văn Nam (nam)` for a person, the
    /// code alone when it is not declared, or the words for the tasks without one.
    public func label(code: String?, name: String?, _ language: Language) -> String {
        guard let code else {
            return switch self {
            case .unit: language.pick(vi: "(Không có đơn vị chủ trì)", en: "(No lead unit)")
            case .person: language.pick(vi: "(Chưa có người theo dõi)", en: "(No person following)")
            }
        }
        guard let name else { return code }
        return self == .unit ? code + " " + name : name + " (" + code + ")"
    }
}
