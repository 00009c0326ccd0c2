import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Storage
import Testing

@testable import Sync

/// Daily-price coverage advances only over days actually stored: an empty or cut-short answer is asked again.
@Suite struct CoveragePlanTests {
    let samsung = StockCode("005930")!

    private func fetch(_ from: String, _ through: String) -> SyncPlanner.DailyFetch {
        .init(code: samsung, from: TradeDate(from)!, through: TradeDate(through)!)
    }

    private func bars(_ dates: [String]) -> [DailyBar] {
        dates.map {
            DailyBar(
                code: samsung, date: TradeDate($0)!, open: KRW(100), high: KRW(100), low: KRW(100), close: KRW(100),
                volume: 1)
        }
    }

    @Test(arguments: [
        // (asked from, through, dates answered, covered through)
        ("2025-12-01", "2025-12-05", [String](), nil as String?),  // empty: nothing covered
        ("2025-12-01", "2025-12-05", ["2025-12-01", "2025-12-02"], "2025-12-02"),  // cut short: through the newest
        ("2025-12-01", "2025-12-07", ["2025-12-04", "2025-12-05"], "2025-12-07"),  // Fri, then the weekend
        ("2025-12-22", "2025-12-26", ["2025-12-22", "2025-12-23", "2025-12-24"], "2025-12-25"),  // Christmas closed
    ])
    func coverageFollowsTheStoredDays(from: String, through: String, answered: [String], covered: String?) {
        let closed: Set<TradeDate> = [TradeDate("2025-12-25")!]
        let result = SyncPlanner.coverage(of: fetch(from, through), bars: bars(answered), closedDays: closed)
        #expect(result == covered.flatMap(TradeDate.init))
    }

    @Test func aRangeOfClosedDaysOnlyIsNotAsked() {
        let monday = TradeDate("2025-12-08")!.at(KSTTime("100000")!)
        let plan = SyncPlanner().plan(
            codes: [samsung], now: monday, coverage: [samsung: TradeDate("2025-12-05")!], lastMinuteBars: [:])
        #expect(plan.daily.isEmpty)
        let afterHoliday = SyncPlanner().plan(
            codes: [samsung], now: TradeDate("2025-12-26")!.at(KSTTime("100000")!),
            coverage: [samsung: TradeDate("2025-12-24")!], lastMinuteBars: [:], closedDays: [TradeDate("2025-12-25")!])
        #expect(afterHoliday.daily.isEmpty)
    }
}

@Suite(.enabled(if: TestDatabase.isEnabled)) struct CoverageSyncTests {
    @Test func anEmptyDailyAnswerIsAskedAgainByTheNextSync() async throws {
        try await withTestDatabase { db in
            _ = try await Migrator(database: db).migrate()
            var script = SyncFixtures.script()
            let withBars = script.daily
            script.daily = [:]
            let source = FakeAccountSource(script)
            let stores = SyncStores(
                writer: AccountWriter(database: db), runs: SyncRunStore(database: db),
                state: SyncStateStore(database: db))
            let engine = SyncEngine(
                source: source, stores: stores, account: SyncFixtures.account, mode: .paper, now: { SyncFixtures.now })
            _ = try await engine.run()
            let codes = Array(withBars.keys)
            #expect(try await SyncStateStore(database: db).dailyCoverage(for: codes).isEmpty)
            source.update { $0.daily = withBars }
            _ = try await engine.run()
            #expect(source.log.filter { $0.hasPrefix("daily") }.count == 2 * codes.count)
            let coverage = try await SyncStateStore(database: db).dailyCoverage(for: codes)
            #expect(coverage.count == codes.count)
        }
    }
}
