import Foundation
import Testing

@testable import LibPQ

@Suite struct PGTimestampTests {
    @Test func formatsUTCWithMicroseconds() {
        let date = Date(timeIntervalSince1970: 1_764_829_800.25)  // 2025-12-04 06:30:00.25 UTC
        #expect(PGTimestamp.format(date) == "2025-12-04 06:30:00.250000+00")
        #expect(PGTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31 23:59:59.000000+00")
    }

    @Test(arguments: [
        ("2025-12-04 15:30:00+09", 1_764_829_800.0), ("2025-12-04 06:30:00.25+00", 1_764_829_800.25),
        ("2025-12-04 12:00:00+05:30", 1_764_829_800.0), ("2024-02-29 00:00:00-01", 1_709_168_400.0),
    ])
    func parsesISOOutput(text: String, seconds: Double) throws {
        let date = try #require(PGTimestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test(arguments: ["infinity", "2025-12-04", "2025-12-04 15:30:00", "2025-12-04 15:30:00+09x"])
    func rejectsOtherText(text: String) {
        #expect(PGTimestamp.parse(text) == nil)
    }
}
