import Foundation
import Testing

@testable import KISDashCLI

/// `--now` / `KISDASH_NOW`: an ISO 8601 instant with its offset, or a clear refusal.
@Suite struct ClockOptionsTests {
    @Test(arguments: ["2025-12-04T10:30:00+09:00", "2025-12-04T01:30:00Z", "2025-12-04T01:30:00+00:00"])
    func anInstantWithItsOffsetStartsTheClockThere(text: String) throws {
        let clock = try ClockOptions.clock(now: text, environment: [:])
        // 2025-12-04 10:30 KST; the clock then runs with the wall clock.
        let elapsed = clock().timeIntervalSince(Date(timeIntervalSince1970: 1_764_811_800))
        #expect(elapsed >= 0 && elapsed < 60)
    }

    @Test func theEnvironmentIsReadWhenTheFlagIsNot() throws {
        let clock = try ClockOptions.clock(environment: ["KISDASH_NOW": "2025-12-04T10:30:00+09:00"])
        #expect(abs(clock().timeIntervalSince1970 - 1_764_811_800) < 60)
        #expect(abs(try ClockOptions.clock(environment: [:])().timeIntervalSinceNow) < 60)
    }

    @Test(arguments: ["2025-12-04 10:30", "2025-12-04T10:30:00", "yesterday", "2025-13-04T10:30:00+09:00"])
    func anythingElseIsRefused(text: String) {
        #expect(throws: CLIError.self) { try ClockOptions.clock(now: text, environment: [:]) }
    }
}
