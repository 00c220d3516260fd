/// A time of day to the minute, as minutes write it: `08:05`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// A time, or nil when the hour or minute is out of range.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(checkedHour: hour, minute: minute)
    }

    /// A time whose parts are known to be in range.
    private init(checkedHour hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// 00:00.
    public static let midnight = ClockTime(checkedHour: 0, minute: 0)

    /// The time a number of minutes after midnight (wrapping at a day).
    public init(minutesOfDay: Int) {
        let wrapped = ((minutesOfDay % 1440) + 1440) % 1440
        self.init(checkedHour: wrapped / 60, minute: wrapped % 60)
    }

    /// The time written `H:MM` or `HH:MM` (also `8h05`), or nil.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" })
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// `08:05`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Minutes since midnight.
    public var minutesOfDay: Int { hour * 60 + minute }

    /// Whole minutes from this time to a later one (0 when it is not later).
    public func minutes(to later: ClockTime) -> Int {
        max(0, later.minutesOfDay - minutesOfDay)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesOfDay < rhs.minutesOfDay }
}
