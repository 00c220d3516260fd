/// One `key:value` token of a task line.
public struct Field: Hashable, Sendable {
    /// The ASCII key, such as `due` or `lead`.
    public var key: String
    /// The value as written, without spaces.
    public var value: String

    /// Creates a field.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// The token as written in the file, `key:value`.
    public var token: String { key + ":" + value }

    /// The keys Workplan understands; any other key is kept and shown as it is.
    public enum Key {
        /// The stable identifier.
        public static let id = "id"
        /// The lead unit (đơn vị chủ trì).
        public static let lead = "lead"
        /// The coordinating units (đơn vị phối hợp).
        public static let with = "with"
        /// The persons who follow the task (chuyên viên theo dõi), by handle.
        public static let person = "person"
        /// The number and symbol of the document that assigned the task (`12/TB-HĐND`).
        public static let document = "doc"
        /// That document's date.
        public static let documentDate = "doc-date"
        /// The expected output (sản phẩm), `_` for a space (`Nghị_quyết`).
        public static let product = "product"
        /// The due date.
        public static let due = "due"
        /// The words a table gave the due date in ("Quý II/2021", "Trước 30/6/2021"), `_` for a
        /// space: kept by `workplan import` and shown by the papers in place of the date.
        public static let dueWords = "due-words"
        /// The start date.
        public static let start = "start"
        /// The date the task was done.
        public static let done = "done"
        /// Quantitative progress, `a/b` or `N%`.
        public static let progress = "progress"
        /// Tags.
        public static let tag = "tag"
        /// A share between two counted results of the task's entries, `PART/WHOLE`.
        public static let share = "share"
    }
}
