import Testing

@testable import WorkplanCore

@Suite("Progress and Percent")
struct ProgressTests {
    @Test("counts and percentages parse")
    func parses() {
        #expect(Progress("121/127") == .count(done: 121, total: 127))
        #expect(Progress("0/10") == .count(done: 0, total: 10))
        #expect(Progress("10/10") == .count(done: 10, total: 10))
        #expect(Progress("40%") == .percent(40))
        #expect(Progress("0%") == .percent(0))
        #expect(Progress("100%") == .percent(100))
    }

    @Test("anything else is refused", arguments: [
        "12/0", "abc", "", "/", "5/", "/5", "1/2/3", "-1/2", "1/-2", "+1/2", "1/+2", "101%", "-5%", "+5%", "%",
        "40", "4 0%", "40 %", "1.5/2", "1,5/2", "50%%", "x%", "½", "١/٢",
    ])
    func refuses(text: String) {
        #expect(Progress(text) == nil)
    }

    @Test("written form")
    func text() {
        #expect(Progress.count(done: 121, total: 127).text == "121/127")
        #expect(Progress.percent(40).text == "40%")
    }

    @Test("the office's form: decimal comma in Vietnamese, point in English")
    func formatted() throws {
        let petitions = try #require(Progress("121/127"))
        #expect(petitions.formatted(.vi) == "121/127 (95,3%)")
        #expect(petitions.formatted(.en) == "121/127 (95.3%)")
        #expect(petitions.permille == 953)
        let all = try #require(Progress("10/10"))
        #expect(all.formatted(.vi) == "10/10 (100%)")
        #expect(all.formatted(.en) == "10/10 (100%)")
        let percent = try #require(Progress("70%"))
        #expect(percent.permille == 700)
        #expect(percent.formatted(.vi) == "70%")
        #expect(percent.formatted(.en) == "70%")
        #expect(try #require(Progress("0/10")).formatted(.vi) == "0/10 (0%)")
        #expect(try #require(Progress("2/3")).formatted(.vi) == "2/3 (66,7%)")
    }

    @Test("permille rounds half up", arguments: [
        (1, 8, 125), (2, 3, 667), (1, 3, 333), (121, 127, 953), (104, 112, 929), (1, 16, 63), (3, 16, 188),
        (1, 80, 13), (1, 2000, 1), (1, 2001, 0), (0, 7, 0), (7, 7, 1000), (0, 0, 0), (5, 0, 0), (3, 2, 1500),
    ])
    func permille(part: Int, whole: Int, expected: Int) {
        #expect(Percent.permille(part, of: whole) == expected)
    }

    @Test("whole percentages have no decimals")
    func format() {
        #expect(Percent.format(permille: 125, .vi) == "12,5%")
        #expect(Percent.format(permille: 125, .en) == "12.5%")
        #expect(Percent.format(permille: 667, .vi) == "66,7%")
        #expect(Percent.format(permille: 1000, .vi) == "100%")
        #expect(Percent.format(permille: 500, .en) == "50%")
        #expect(Percent.format(permille: 0, .vi) == "0%")
        #expect(Percent.format(permille: 5, .vi) == "0,5%")
        #expect(Percent.format(1, of: 8, .vi) == "12,5%")
        #expect(Percent.format(2, of: 3, .en) == "66.7%")
        #expect(Percent.format(0, of: 0, .vi) == "0%")
        #expect(Percent.format(3, of: 4, .vi) == "75%")
    }

    /// A plan file may hold any digits; a large count must not crash a listing or a report.
    @Test("a huge count is read without trapping")
    func hugeCount() async {
        await #expect(processExitsWith: .success) {
            // Parses (all digits, fits in Int); 10^16 × 2000 does not fit in Int.
            if let progress = Progress("10000000000000000/10000000000000000") {
                precondition(progress.permille == 1000)
            }
            _ = Percent.permille(Int.max / 2, of: Int.max)
        }
    }
}
