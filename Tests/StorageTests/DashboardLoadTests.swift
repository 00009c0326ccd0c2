import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// The dashboard's one-transaction, binary-format load against the per-holding text reads it replaced.
@Suite(.requiresDatabase) struct DashboardLoadTests {
    /// Bars of both holdings today and on other days, and of a stock not held, so the filters matter.
    private func batch(_ f: Fixtures) -> SyncBatch {
        var batch = f.batch()
        let held = [f.samsung, f.hynix]
        let notHeld = StockCode("123456")
        batch.minuteBars = (held + [notHeld].compactMap { $0 }).enumerated().flatMap { i, code in
            (0..<390).map { m in
                let price = 70_000 + Int64(i * 10_000 + m)
                return MinuteBar(
                    code: code, minute: f.day.at(f.time(9, 0)).addingTimeInterval(Double(m * 60) + 0.25),
                    open: KRW(price), high: KRW(price + 5), low: KRW(price - 5), close: KRW(price + 1), volume: Int64(m)
                )
            }
        }
        batch.minuteBars.append(
            MinuteBar(
                code: f.samsung, minute: f.day.adding(days: -1).at(f.time(15, 19)), open: KRW(1), high: KRW(1),
                low: KRW(1), close: KRW(1), volume: 1))
        batch.dailyBars = held.flatMap { code in
            (0...30).map { back in
                DailyBar(
                    code: code, date: f.day.adding(days: -back), open: KRW(100), high: KRW(110), low: KRW(90),
                    close: KRW(100 + Int64(back)), volume: Int64(back), turnover: KRW(1_000 * Int64(back)))
            }
        }
        return batch
    }

    @Test func batchedLoadEqualsThePerHoldingTextReads() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let batch = batch(f)
            _ = try await AccountWriter(database: db).write(batch)
            let store = DashboardStore(database: db)
            let records = try #require(
                try await store.dashboard(account: f.account, mode: .paper, dailyLookbackDays: 21))
            let snapshot = try await store.latestSnapshot(account: f.account, mode: .paper)
            let executions = try await store.executions(account: f.account, mode: .paper, on: f.day)
            #expect(records.snapshot == snapshot)
            #expect(records.executions == executions)
            #expect(records.syncFailure == nil)
            let codes = records.snapshot.holdings.map(\.code)
            #expect(codes == [f.hynix, f.samsung])
            let (minutes, days) = try await db.withTransaction { conn in
                try perHolding(codes, day: f.day, lookback: 21, on: conn)
            }
            #expect(records.minuteBars == minutes)
            #expect(records.dailyBars == days)
            #expect(records.minuteBars[f.samsung]?.count == 390)
            #expect(records.dailyBars[f.hynix]?.count == 22)
        }
    }

    /// Each stock's minute bars are aggregated on their own (one plan whatever the statistics say): a held stock
    /// without bars today has no entry, and the others keep all their minutes, oldest first.
    @Test func aHeldStockWithoutMinuteBarsHasNoEntry() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = batch(f)
            batch.minuteBars.removeAll { $0.code == f.hynix }
            _ = try await AccountWriter(database: db).write(batch)
            let records = try #require(
                try await DashboardStore(database: db).dashboard(
                    account: f.account, mode: .paper, dailyLookbackDays: 21))
            #expect(records.minuteBars[f.hynix] == nil)
            let samsung = try #require(records.minuteBars[f.samsung])
            #expect(samsung.count == 390)
            #expect(zip(samsung, samsung.dropFirst()).allSatisfy { $0.minute < $1.minute })
        }
    }

    @Test func anEmptyDatabaseHasNoDashboardRecords() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let store = DashboardStore(database: db)
            let records = try await store.dashboard(account: f.account, mode: .paper, dailyLookbackDays: 21)
            #expect(records == nil)
        }
    }

    /// The reads as they were before the batched load: one text-format query per holding and kind.
    private func perHolding(_ codes: [StockCode], day: TradeDate, lookback: Int, on conn: PGConnection) throws
        -> ([StockCode: [MinuteBar]], [StockCode: [DailyBar]])
    {
        var minutes: [StockCode: [MinuteBar]] = [:]
        var days: [StockCode: [DailyBar]] = [:]
        let (from, until) = (day.at(KSTTime(secondOfDay: 0)), day.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        for code in codes {
            minutes[code] = try conn.query(
                """
                SELECT minute, open, high, low, close, volume FROM min_price
                WHERE stock_code = \(code) AND minute >= \(from) AND minute < \(until) ORDER BY minute
                """, as: (Date, KRW, KRW, KRW, KRW, Int64).self
            ).map { MinuteBar(code: code, minute: $0.0, open: $0.1, high: $0.2, low: $0.3, close: $0.4, volume: $0.5) }
            days[code] = try conn.query(
                """
                SELECT trade_date, open, high, low, close, volume, turnover FROM daily_price
                WHERE stock_code = \(code) AND trade_date BETWEEN \(day.adding(days: -lookback)) AND \(day)
                ORDER BY trade_date
                """, as: (TradeDate, KRW, KRW, KRW, KRW, Int64, KRW).self
            ).map {
                DailyBar(
                    code: code, date: $0.0, open: $0.1, high: $0.2, low: $0.3, close: $0.4, volume: $0.5, turnover: $0.6
                )
            }
        }
        return (minutes, days)
    }
}
