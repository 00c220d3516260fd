/// A task's counted result, written the way the office reports the handling of petitions:
/// how many were received, how many of them were eligible, how many were handled, and what
/// is counted. `received:132 eligible:127 handled:121 unit:đơn` reads
/// "tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)".
public struct CountedResult: Sendable, Equatable {
    /// The key of the word for what is counted (đơn vị tính: `unit:đơn`, `unit:hồ_sơ`; `_`
    /// stands for a space). The counts' keys are `CountKey`'s.
    public static let unitKey = "unit"

    /// How many were received.
    public var received: Int?
    /// How many were eligible.
    public var eligible: Int?
    /// How many were handled.
    public var handled: Int?
    /// The word for what is counted, with spaces (`hồ sơ`), or nil.
    public var unit: String?

    /// A result; nil when none of the three counts is given.
    public init?(received: Int? = nil, eligible: Int? = nil, handled: Int? = nil, unit: String? = nil) {
        guard received != nil || eligible != nil || handled != nil else { return nil }
        self.received = received
        self.eligible = eligible
        self.handled = handled
        self.unit = unit
    }

    /// The share handled, in tenths of a percent: of the eligible, or of the received when
    /// no eligible count is given; nil without a handled count or a base above zero, and nil
    /// when more were handled than the base holds (a mistake `workplan check` reports: a share
    /// above 100% would be no share at all).
    public var permille: Int? {
        guard let handled, let base = eligible ?? received, base > 0, handled <= base else { return nil }
        return Percent.permille(handled, of: base)
    }

    /// The result as the office writes it: `tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý
    /// 121 đơn (đạt 95,3%)`, or `received 132 đơn, 127 đơn eligible, handled 121 đơn (95.3%)`;
    /// numbers from a thousand up grouped as each language reads them (`2.000 đơn`).
    public func formatted(_ language: Language) -> String {
        let noun = unit.map { " " + $0 } ?? ""
        var parts: [String] = []
        if let received {
            parts.append(language.pick(vi: "tiếp nhận \(language.number(received))\(noun)",
                                       en: "received \(language.number(received))\(noun)"))
        }
        if let eligible {
            parts.append(language.pick(vi: "\(language.number(eligible))\(noun) đủ điều kiện",
                                       en: "\(language.number(eligible))\(noun) eligible"))
        }
        if let handled {
            var text = language.pick(vi: "đã xử lý \(language.number(handled))\(noun)",
                                     en: "handled \(language.number(handled))\(noun)")
            if let permille {
                let percent = Percent.format(permille: permille, language)
                text += language.pick(vi: " (đạt \(percent))", en: " (\(percent))")
            }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }

    /// The unit word from its written form, `_` read as a space.
    static func unitWord(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes.map { $0 == 95 ? 32 : $0 }, as: UTF8.self)
    }
}
