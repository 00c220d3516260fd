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
