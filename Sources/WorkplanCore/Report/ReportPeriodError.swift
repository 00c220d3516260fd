/// Why a typed report period could not be read.
public enum ReportPeriodError: UserFacingError, Equatable {
    /// Neither `month`, `quarter`, `year` nor `FROM..TO`.
    case unknown(String)
    /// One end of a range is not a real day.
    case notADate(String)
    /// The range ends before it starts.
    case endsBeforeStart(String)

    /// One sentence for the user, naming what was typed.
    public func message(_ language: Language) -> String {
        switch self {
        case let .unknown(text):
            language.pick(
                vi: "kỳ báo cáo \"\(text)\" không có; dùng month, quarter, year hoặc TỪ..ĐẾN (2021-07-01..2021-09-30)",
                en: "no period \"\(text)\"; use month, quarter, year or FROM..TO (2021-07-01..2021-09-30)")
        case let .notADate(text):
            language.pick(
                vi: "\"\(text)\" trong kỳ báo cáo không phải là một ngày có thật (viết 2021-07-10 hoặc 10/07/2021)",
                en: "\"\(text)\" in the period is not a real date (write 2021-07-10 or 10/07/2021)")
        case let .endsBeforeStart(text):
            language.pick(vi: "kỳ báo cáo \"\(text)\" kết thúc trước khi bắt đầu",
                          en: "the period \"\(text)\" ends before it starts")
        }
    }
}
