import Foundation
import KISDashTestSupport
import LibPQ
import Pipeline
import PortfolioModel
import Storage
import Synchronization
import Testing

@Suite(.requiresDatabase) struct AlertAndCalendarTests {
    @Test func theFailureHookGetsTheSummaryWhenACycleFailsOrTheDataIsStale() async throws {
        try await withPipeline { h in
            let received = h.dir.appendingPathComponent("hook.txt")
            var runner = try h.runner()
            runner.hook = FailureHook(command: "printf '%s\\n' \"$1\" >> '\(received.path)'")
            h.renderer.setMode(.fail)
            #expect(try await runner.run(kind: .full, force: false).outcome == .failure)
            let first = try String(contentsOf: received, encoding: .utf8)
            #expect(first.hasPrefix("kisdash 모의 5012****-01: run FAILED (full)"))
            #expect(!first.contains("50123456"), "the account is masked")

            h.renderer.setMode(.normal)
            runner.dataTime = { PipelineHarness.moment.addingTimeInterval(-3600) }
            runner.staleAfter = .seconds(900)
            #expect(try await runner.run(kind: .full, force: false).outcome == .success)
            let lines = try String(contentsOf: received, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2 && lines[1].contains("data is stale: newest from 2025-12-04 09:30:00 KST"))
        }
    }

    @Test func chkHolidayIsAskedAtMostOnceADayEvenWhenItFails() async throws {
        try await withTestDatabase { db in
            try await Migrator(database: db).migrate()
            let calls = Mutex(0)
            let christmas = try #require(TradeDate(year: 2025, month: 12, day: 25))
            let answer = [
                MarketDay(
                    date: christmas, isBusinessDay: false, isTradingDay: false, isOpen: false, isSettlementDay: false)
            ]
            let source = MarketCalendarSource(
                fetch: { _ in
                    calls.withLock { $0 += 1 }
                    return answer
                }, store: MarketCalendarStore(database: db))
            let morning = PipelineHarness.moment
            #expect(try await source.days(around: morning) == answer)
            #expect(try await source.days(around: morning.addingTimeInterval(3600)) == answer)
            #expect(calls.withLock { $0 } == 1)

            struct Down: Error {}
            let failing = MarketCalendarSource(
                fetch: { _ in
                    calls.withLock { $0 += 1 }
                    throw Down()
                }, store: MarketCalendarStore(database: db))
            let nextDay = morning.addingTimeInterval(86_400)
            #expect(try await failing.days(around: nextDay) == answer, "the cache is used as it is")
            _ = try await failing.days(around: nextDay.addingTimeInterval(600))
            #expect(calls.withLock { $0 } == 2, "a failed ask is not repeated the same day")
        }
    }
}
