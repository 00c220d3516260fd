import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Writes the outline of `workplan list` as bytes, straight from each task's line, so that a
/// listing of 100,000 tasks decodes no task and builds no string per task. Large listings
/// are formatted in batches, each batch in parts on every core, and written in order.
///
/// `  [/] KH1.2  Chuẩn bị cơ sở vật chất  (HC, +TH; hạn 05/07/2021; 3/5 (60%); QUÁ HẠN)`
struct OutlineWriter {
    let language: Language
    let today: PlanDate

    /// Tasks formatted per batch: bounds the memory the listing holds at once.
    private static let batchSize = 16_384
    /// Below this many tasks a batch is formatted on one thread.
    private static let parallelThreshold = 4_096

    /// Writes the outline of the tasks at `indexes`, grouped by track, and a closing count,
    /// handing the bytes to `sink` in order.
    func write(_ indexes: [Int], of plan: Plan, to sink: ([UInt8]) -> Void) {
        if let title = plan.title { sink(Array((TextForm.visible(title) + "\n").utf8)) }
        let cores = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        // One buffer per part, used again for every batch, so that a long listing does not
        // ask the system for fresh memory batch after batch.
        let buffers = Mutex<[Int: [UInt8]]>([:])
        var batchStart = 0
        while batchStart < indexes.count {
            let batch = batchStart..<min(batchStart + OutlineWriter.batchSize, indexes.count)
            let parts = batch.count < OutlineWriter.parallelThreshold ? 1 : max(1, cores)
            let ranges = (0..<parts).map { part in
                (batch.lowerBound + batch.count * part / parts)..<(batch.lowerBound + batch.count * (part + 1) / parts)
            }
            if parts == 1 {
                var buffer = buffers.withLock { $0.removeValue(forKey: 0) } ?? []
                render(indexes, batch, of: plan, into: &buffer)
                sink(buffer)
                buffers.withLock { $0[0] = buffer }
            } else {
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    var buffer = buffers.withLock { $0.removeValue(forKey: part) } ?? []
                    render(indexes, ranges[part], of: plan, into: &buffer)
                    buffers.withLock { $0[part] = buffer }
                }
                buffers.withLock { parts in
                    for part in ranges.indices { if let bytes = parts[part] { sink(bytes) } }
                }
            }
            batchStart = batch.upperBound
        }
        let closing = "\n" + language.pick(
            vi: "\(indexes.count)/\(plan.taskCount) nhiệm vụ.",
            en: "\(indexes.count) of " + Language.en.count(plan.taskCount, vi: "", en: "task") + ".") + "\n"
        sink(Array(closing.utf8))
    }

    /// The outline lines of `indexes[range]`, with a track heading before each task whose
    /// track differs from the task listed before it.
    private func render(_ indexes: [Int], _ range: Range<Int>, of plan: Plan, into buffer: inout [UInt8]) {
        var part = OutlinePart(language: language, day: today.dayNumber, calendar: plan.calendar)
        buffer.removeAll(keepingCapacity: true)
        swap(&part.buffer, &buffer)
        defer { swap(&part.buffer, &buffer) }
        part.buffer.reserveCapacity(range.count * 128)
        var currentTrack: Int32 = range.lowerBound > 0 ? plan.slots[indexes[range.lowerBound - 1]].track : -1
        let spans = plan.text.spans
        plan.text.store.withUnsafeBufferPointer { store in
            for index in indexes[range] {
                let slot = plan.slots[index]
                if slot.track != currentTrack {
                    currentTrack = slot.track
                    let title = plan.tracks[Int(slot.track)].title
                    let heading = title.isEmpty ? language.pick(vi: "(Không thuộc mảng nào)", en: "(No track)") : title
                    part.append("\n## " + TextForm.visible(heading) + "\n")
                }
                let span = spans[Int(slot.line)]
                part.line(slot, content: store[Int(span.start)..<Int(span.end)])
            }
        }
    }
}

/// The bytes of part of an outline, and how one task's line is written.
private struct OutlinePart {
    let language: Language
    /// Today's day number, against which tasks are late.
    let day: Int
    /// The plan's calendar, which tells a task's deadline.
    let calendar: OfficeCalendar
    var buffer: [UInt8] = []

    init(language: Language, day: Int, calendar: OfficeCalendar) {
        self.language = language
        self.day = day
        self.calendar = calendar
    }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends the codes of comma-separated values, `, ` between them, each after `mark` (`+`
    /// for a coordinating unit) when there is one.
    private mutating func appendCodes<Value: LineBytes>(_ values: [Value], mark: UInt8?, first: inout Bool) {
        for value in values {
            var start = value.startIndex
            while start < value.endIndex {
                var end = start
                while end < value.endIndex, value[end] != 44 { end += 1 }
                if end > start {
                    if !first { buffer.append(contentsOf: [44, 32]) }
                    if let mark { buffer.append(mark) }
                    appendVisible(value[start..<end])
                    first = false
                }
                start = end + 1
            }
        }
    }

    mutating func line(_ slot: TaskSlot, content: some LineBytes) {
        let base = content.startIndex
        for _ in 0..<slot.depth { buffer.append(contentsOf: [32, 32]) }
        buffer.append(91)
        appendVisible(content[(base + Int(slot.markStart))..<(base + Int(slot.markEnd))])
        buffer.append(contentsOf: [93, 32])
        let fields = OutlineFields(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        if let id = fields.id {
            appendVisible(id)
            buffer.append(contentsOf: [32, 32])
        }
        let title = content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]
        if title.contains(92) { append(TextForm.visible(TaskTitle.unescape(title))) } else { appendVisible(title) }
        var facts = FactList()
        if fields.lead != nil || !fields.with.isEmpty {
            facts.start(&buffer)
            var first = true
            if let lead = fields.lead { appendVisible(lead); first = false }
            appendCodes(fields.with, mark: 43, first: &first)
        }
        if !fields.persons.isEmpty {
            facts.start(&buffer)
            append(language.pick(vi: "theo dõi ", en: "followed by "))
            var first = true
            appendCodes(fields.persons, mark: nil, first: &first)
        }
        date(fields.start, vi: "bắt đầu ", en: "start ", &facts)
        date(fields.due, vi: "hạn ", en: "due ", &facts)
        if let words = fields.dueWords {
            // "hạn 30/06/2021 (Quý II/2021)", or "hạn Thường xuyên" when the words name no day.
            if fields.due != nil {
                append(" (" + TextForm.visible(CountedResult.unitWord(words)) + ")")
            } else {
                facts.start(&buffer)
                append(language.pick(vi: "hạn ", en: "due ") + TextForm.visible(CountedResult.unitWord(words)))
            }
        }
        date(fields.done, vi: "xong ", en: "done ", &facts)
        if let progress = fields.progress {
            facts.start(&buffer)
            append(progress.formatted(language))
        }
        if slot.isOverdue(onDay: day, calendar: calendar) {
            facts.start(&buffer)
            append(language.pick(vi: "QUÁ HẠN", en: "OVERDUE"))
        }
        if let document = fields.document {
            facts.start(&buffer)
            append(language.pick(vi: "văn bản ", en: "assigned by "))
            appendVisible(document)
            date(fields.documentDate, vi: " ngày ", en: " of ", continuing: true, &facts)
        }
        if let product = fields.product {
            facts.start(&buffer)
            append(language.pick(vi: "sản phẩm ", en: "output "))
            append(TextForm.visible(CountedResult.unitWord(product)))
        }
        for token in fields.others {
            facts.start(&buffer)
            appendVisible(token)
        }
        if facts.started { buffer.append(41) }
        buffer.append(10)
    }

    /// `; hạn 10/07/2021`: a date as a fact of its own, or, `continuing`, after the last one.
    private mutating func date(_ date: PlanDate?, vi: String, en: String, continuing: Bool = false,
                               _ facts: inout FactList) {
        guard let date else { return }
        if !continuing { facts.start(&buffer) }
        append(language.pick(vi: vi, en: en))
        if language == .vi {
            digits(date.day, 2)
            buffer.append(47)
            digits(date.month, 2)
            buffer.append(47)
            digits(date.year, 4)
        } else {
            digits(date.year, 4)
            buffer.append(45)
            digits(date.month, 2)
            buffer.append(45)
            digits(date.day, 2)
        }
    }

    /// Appends a number with leading zeros to `width` digits (dates have at most four).
    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            buffer.append(UInt8(48 + rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends bytes from the file made safe for a terminal (`TerminalSafeText`).
    private mutating func appendVisible(_ bytes: some LineBytes) {
        TerminalSafeText.append(bytes, to: &buffer)
    }
}

/// Opens the `  (` of a task's facts and separates them with `; `.
private struct FactList {
    private(set) var started = false

    mutating func start(_ buffer: inout [UInt8]) {
        buffer.append(contentsOf: started ? [59, 32] : [32, 32, 40])
        started = true
    }
}
