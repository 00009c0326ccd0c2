import Foundation
import Testing

@testable import PortfolioModel

@Suite struct CalendarTests {
    @Test func kstDateOfInstantIgnoresMachineZone() throws {
        // 2025-12-03 15:30:00 UTC is 2025-12-04 00:30:00 KST.
        let instant = Date(timeIntervalSince1970: 1_764_775_800)
        #expect(TradeDate(instant).iso == "2025-12-04")
        #expect(KST.timeOfDay(instant).compact == "003000")
        #expect(KST.format(instant) == "2025-12-04 00:30:00")
    }

    @Test func parsesKISExpiry() throws {
        let d = try #require(KST.parse("2025-07-16 09:12:00"))
        #expect(KST.format(d) == "2025-07-16 09:12:00")
        #expect(KST.parse("2025-07-16T09:12:00") == nil)
    }

    @Test func dayArithmeticAndWeekdays() throws {
        let d = try #require(TradeDate("20251231"))
        #expect(d.adding(days: 1).compact == "20260101")
        #expect(d.isoWeekday == 3)  // Wednesday
        #expect(try #require(TradeDate("2025-12-06")).isWeekend)
        #expect(TradeDate("20250230") == nil)
        #expect(TradeDate(daysSinceEpoch: d.daysSinceEpoch) == d)
    }

    @Test func accountNumbersAreMaskedEverywhere() throws {
        let a = try #require(AccountNumber("12345678-01"))
        #expect("\(a)" == "1234****-01")
        #expect(String(reflecting: a) == "AccountNumber(1234****-01)")
        #expect(a.cano == "12345678" && a.productCode == "01")
        #expect(AccountNumber("1234567-01") == nil)
    }
}

@Suite struct AccountNumberRedactionTests {
    @Test func dumpShowsOnlyTheMaskedNumber() throws {
        let a = try #require(AccountNumber("12345678-01"))
        var out = ""
        dump(a, to: &out)
        #expect(!out.contains("12345678"))
        #expect(out.contains("1234****-01"))
    }
}
