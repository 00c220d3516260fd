#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Today's date for the program: `$WORKPLAN_TODAY` (`YYYY-MM-DD`) when set, so that tests
/// and demonstrations can fix the clock, otherwise the local calendar date.
public enum Today {
    /// The date to use as today.
    public static func resolve(environment: [String: String], now: Date = Date()) -> PlanDate? {
        if let fixed = environment["WORKPLAN_TODAY"], !fixed.isEmpty {
            return PlanDate(iso: fixed)
        }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return PlanDate(year: year, month: month, day: day)
    }
}

/// The time of day for the program: `$WORKPLAN_NOW` (`HH:MM`) when set, so that tests can fix
/// the clock, otherwise the local time.
public enum TimeOfDay {
    /// The time to use as now.
    public static func resolve(environment: [String: String], now: Date = Date()) -> ClockTime {
        if let fixed = environment["WORKPLAN_NOW"], let time = ClockTime(fixed) { return time }
        let parts = Calendar.current.dateComponents([.hour, .minute], from: now)
        return ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0) ?? .midnight
    }
}
