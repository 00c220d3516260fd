/// A day on which the office does not work beyond the weekly Saturday and Sunday, or a weekend
/// day it works to make one up, and why.
public struct DayOff: Hashable, Sendable {
    /// Why the day is off (or, for `makeUpWorkday`, worked).
    public enum Reason: Hashable, Sendable {
        /// 1/1: Tết Dương lịch.
        case newYear
        /// The five days of Tết Nguyên Đán around the lunar new year.
        case lunarNewYear
        /// 10/3 of the lunar calendar: Giỗ Tổ Hùng Vương.
        case hungKings
        /// 30/4: Ngày Chiến thắng (Reunification Day).
        case reunification
        /// 1/5: Quốc tế Lao động.
        case labourDay
        /// 2/9 and the day next to it: Quốc khánh.
        case nationalDay
        /// A working day off in place of a holiday that fell on a Saturday or Sunday (nghỉ bù).
        case compensation
        /// A day off the government added for the year, to join a holiday to a weekend.
        case announced
        /// A Saturday or Sunday worked to make up for an announced day off (làm bù): a
        /// working day, not a day off.
        case makeUpWorkday

        /// The reason's name, as the office calls it.
        public func name(_ language: Language) -> String {
            switch self {
            case .newYear: language.pick(vi: "Tết Dương lịch", en: "New Year's Day")
            case .lunarNewYear: language.pick(vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)")
            case .hungKings: language.pick(vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration")
            case .reunification: language.pick(vi: "Ngày Chiến thắng", en: "Reunification Day")
            case .labourDay: language.pick(vi: "Ngày Quốc tế Lao động", en: "International Labour Day")
            case .nationalDay: language.pick(vi: "Quốc khánh", en: "National Day")
            case .compensation: language.pick(vi: "nghỉ bù", en: "compensatory day off")
            case .announced: language.pick(vi: "nghỉ theo thông báo của Chính phủ", en: "day off announced by the government")
            case .makeUpWorkday: language.pick(vi: "làm bù", en: "make-up working day")
            }
        }
    }

    /// The day.
    public let date: PlanDate
    /// Why.
    public let reason: Reason
    /// For a compensatory day, the holiday it makes up for.
    public let compensates: PlanDate?
    /// The office's own name for the day, as its plan writes it, if it gave one.
    public let name: String?

    /// A day off (or a make-up working day).
    public init(date: PlanDate, reason: Reason, compensates: PlanDate? = nil, name: String? = nil) {
        self.date = date
        self.reason = reason
        self.compensates = compensates
        self.name = name
    }

    /// What the day is called: the office's name, else its reason's.
    public func title(_ language: Language) -> String {
        name ?? reason.name(language)
    }

    /// True for a day off; false for a make-up working day.
    public var isOff: Bool { reason != .makeUpWorkday }
}
