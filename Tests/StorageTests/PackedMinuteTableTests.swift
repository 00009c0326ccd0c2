import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// `min_price_packed` (what the dashboard reads) against `min_price` (the rows): the same bars after every kind of
/// write, after the migration packed older rows, and a clear error, not a wrong chart, when a value is damaged.
@Suite(.requiresDatabase) struct PackedMinuteTableTests {
    /// Every stock's bars on `day`, read row by row from `min_price` in minute order.
    private func rows(on day: TradeDate, _ conn: PGConnection) throws -> [StockCode: [MinuteBar]] {
        let (from, until) = (day.at(KSTTime(secondOfDay: 0)), day.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        let rows = try conn.query(
            """
            SELECT stock_code, minute, open, high, low, close, volume FROM min_price
            WHERE minute >= \(from) AND minute < \(until) ORDER BY stock_code, minute
            """, as: (String, Date, KRW, KRW, KRW, KRW, Int64).self)
        return Dictionary(
            grouping: rows.compactMap { r in
                StockCode(r.0).map {
                    MinuteBar(code: $0, minute: r.1, open: r.2, high: r.3, low: r.4, close: r.5, volume: r.6)
                }
            }, by: \.code)
    }

    /// The packed bars of every stock that has rows on `day`.
    private func packed(on day: TradeDate, _ conn: PGConnection) throws -> [StockCode: [MinuteBar]] {
        let codes = try conn.query("SELECT DISTINCT stock_code FROM min_price", as: String.self).compactMap(
            StockCode.init)
        return try PriceRows.minuteBars(for: codes, on: day, conn: conn)
    }

    private func expectSame(_ db: Database, days: [TradeDate], sourceLocation: SourceLocation = #_sourceLocation)
        async throws
    {
        try await db.withTransaction { conn in
            for day in days {
                let (rows, packed) = (try rows(on: day, conn), try packed(on: day, conn))
                #expect(!rows.isEmpty, sourceLocation: sourceLocation)
                #expect(packed == rows, "packed bars of \(day) differ from min_price", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func packedDaysEqualTheRowsAfterEveryKindOfWrite() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let writer = AccountWriter(database: db)
            var batch = f.batch()
            batch.minuteBars = f.minuteBars(stocks: 3, minutes: 390)
            _ = try await writer.write(batch)
            try await expectSame(db, days: [f.day])
            // Every price changed, then the same batch again (nothing changes), then a light cycle's new minutes
            // and a correction of an old one, out of order, with yesterday's bars in the same write.
            batch.minuteBars = f.minuteBars(stocks: 3, minutes: 390, base: 90_000)
            _ = try await writer.write(batch)
            _ = try await writer.write(batch)
            try await expectSame(db, days: [f.day])
            let code = batch.minuteBars[0].code
            let late = f.day.at(f.time(15, 30))
            var corrected = batch.minuteBars[17]
            corrected.close = KRW(1)
            let yesterday = MinuteBar(
                code: code, minute: f.day.adding(days: -1).at(f.time(15, 29)), open: KRW(5), high: KRW(6), low: KRW(4),
                close: KRW(5), volume: 9)
            let light = [
                MinuteBar(code: code, minute: late, open: KRW(7), high: KRW(8), low: KRW(6), close: KRW(7), volume: 3),
                corrected, yesterday,
            ]
            let written = try await writer.writePrices(dailyBars: [], minuteBars: light, fetchedAt: late)
            #expect(written["min_price"] == 3)
            try await expectSame(db, days: [f.day, f.day.adding(days: -1)])
            // One stock's day and another's other day in one write: neither stock's untouched day is rewritten.
            var other = yesterday
            other.code = batch.minuteBars[390].code
            var again = light[0]
            again.volume = 4
            _ = try await writer.writePrices(dailyBars: [], minuteBars: [other, again], fetchedAt: late)
            try await expectSame(db, days: [f.day, f.day.adding(days: -1)])
            let today = try await db.withTransaction { try packed(on: f.day, $0) }
            #expect(today[code]?.count == 391)
            #expect(today[code]?.last?.minute == late)
            #expect(today[code]?[17].close == KRW(1))
        }
    }

    /// A source that sent bars finer than a minute (more than 30 in a half hour) is stored and read back whole, not
    /// refused: the packed value only grows past the inline size.
    @Test func barsFinerThanAMinuteStillPack() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let code = try #require(StockCode("100000"))
            let open = f.day.at(f.time(9, 0))
            let bars = (0..<90).map { i in
                MinuteBar(
                    code: code, minute: open.addingTimeInterval(Double(i * 20)), open: KRW(100), high: KRW(110),
                    low: KRW(90), close: KRW(100 + Int64(i)), volume: Int64(i))
            }
            _ = try await AccountWriter(database: db).writePrices(dailyBars: [], minuteBars: bars, fetchedAt: open)
            try await expectSame(db, days: [f.day])
            let today = try await db.withTransaction { try packed(on: f.day, $0) }
            #expect(today[code]?.count == 90)
        }
    }

    /// Two writers of one stock's day at once (a paper and a real account's syncs may hold the same stock): each
    /// merges into what the other committed, so no bar is lost from the packed day.
    @Test func concurrentWritersOfOneDayLoseNoBar() async throws {
        let f = try Fixtures()
        try await withTestDatabase { db, schema in
            try await Migrator(database: db).migrate()
            let url = try #require(TestDatabase.url)
            let code = try #require(StockCode("100000"))
            let open = f.day.at(f.time(9, 0))
            // Each writer has its own connection; all of them write the stock's first bars of the day.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<6 {
                    group.addTask {
                        let own = Database(
                            configuration: .init(
                                url: url, applicationName: "kisdash-tests-\(writer)", searchPath: schema))
                        let bars = (0..<20).map { m in
                            MinuteBar(
                                code: code, minute: open.addingTimeInterval(Double((m * 6 + writer) * 60)),
                                open: KRW(100), high: KRW(110), low: KRW(90), close: KRW(Int64(100 + writer)), volume: 1
                            )
                        }
                        _ = try await AccountWriter(database: own).writePrices(
                            dailyBars: [], minuteBars: bars, fetchedAt: open)
                        await own.close()
                    }
                }
                try await group.waitForAll()
            }
            try await expectSame(db, days: [f.day])
            let today = try await db.withTransaction { try packed(on: f.day, $0) }
            #expect(today[code]?.count == 120)
        }
    }

    @Test func theMigrationPacksTheBarsStoredBeforeIt() async throws {
        let f = try Fixtures()
        try await withTestDatabase { db in
            let before = try Migration.bundled().filter { $0.version < 10 }
            try await Migrator(database: db, migrations: before).migrate()
            let bars = f.minuteBars(stocks: 2, minutes: 390)
            try await db.withTransaction { conn in
                for bar in bars {
                    try conn.execute(
                        """
                        INSERT INTO min_price VALUES (\(bar.code), \(bar.minute), \(bar.open), \(bar.high), \(bar.low),
                                                      \(bar.close), \(bar.volume))
                        """)
                }
            }
            try await Migrator(database: db).migrate()
            try await expectSame(db, days: [f.day])
        }
    }

    /// The packing runs in the writer's transaction: when that transaction fails after it, both roll back.
    @Test func aFailedWriteLeavesThePackedDaysAsTheyWere() async throws {
        let f = try Fixtures()
        struct LaterStepFailed: Error {}
        try await withMigratedDatabase { db in
            _ = try await AccountWriter(database: db).write(f.batch())
            let kept = try await db.withTransaction { try packed(on: f.day, $0) }
            await #expect(throws: LaterStepFailed.self) {
                try await db.withTransaction { conn in
                    let changed = try AccountWriter.writeMinuteBars(
                        f.minuteBars(stocks: 2, minutes: 5, base: 99_000), on: conn)
                    #expect(try packed(on: f.day, conn) != kept && changed == 10)
                    throw LaterStepFailed()
                }
            }
            #expect(try await db.withTransaction { try packed(on: f.day, $0) } == kept)
        }
    }

    @Test(arguments: [
        (
            "SET bars = substring(bars FROM 49 FOR 48) || substring(bars FROM 1 FOR 48) || substring(bars FROM 97)",
            "packed minute bar 1 is out of order"
        ),
        (
            "SET bars = overlay(bars PLACING int8send(-5) FROM 9 FOR 8)",
            "packed minute bar 0 is out of order, infinite or negative"
        ),
        ("SET bars = overlay(bars PLACING int8send(9223372036854775807) FROM 1 FOR 8)", "infinite"),
        ("SET slot = slot + interval '30 minutes'", "outside their half hour"),
    ])
    func aDamagedPackedValueIsAClearErrorNotAWrongChart(_ damage: String, _ expected: String) async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            _ = try await AccountWriter(database: db).write(f.batch())
            try await db.withConnection { try $0.execute(PGQuery(unsafeSQL: "UPDATE min_price_packed " + damage)) }
            let codes = Array(Set(f.batch().minuteBars.map(\.code)))
            let error = await #expect(throws: StorageError.self) {
                try await DashboardStore(database: db).minuteBars(for: codes, on: f.day)
            }
            #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
        }
    }
}

@Suite struct PackedMinuteBarsTests {
    private func bar(_ minute: Int, close: Int64) throws -> MinuteBar {
        MinuteBar(
            code: try #require(StockCode("005930")),
            minute: Date(timeIntervalSince1970: 1_764_810_000 + Double(minute * 60)),
            open: KRW(10), high: KRW(20), low: KRW(5), close: KRW(close), volume: Int64(minute))
    }

    @Test func slotsAreHalfHoursOnTheUTCGridThatKSTDaysFallOn() throws {
        let kstMidnight = try #require(TradeDate("2025-12-04")).at(KSTTime(secondOfDay: 0))
        let slot = PackedMinuteBars.slot(of: kstMidnight)
        #expect(Date(pgMicrosecondsSince2000: slot) == kstMidnight)
        #expect(PackedMinuteBars.slot(of: kstMidnight.addingTimeInterval(29 * 60 + 59.5)) == slot)
        #expect(
            PackedMinuteBars.slot(of: kstMidnight.addingTimeInterval(30 * 60)) == slot + PackedMinuteBars.slotMicros)
        #expect(PackedMinuteBars.slot(of: kstMidnight.addingTimeInterval(-0.25)) == slot - PackedMinuteBars.slotMicros)
        let before2000 = Date(timeIntervalSince1970: 946_684_800 - 60)
        #expect(PackedMinuteBars.slot(of: before2000) == -PackedMinuteBars.slotMicros)
    }

    @Test func mergingReplacesAMinuteKeepsTheRestInOrderAndRoundTrips() throws {
        let stored = try PackedMinuteBars(
            merging: [try bar(2, close: 1), try bar(0, close: 1), try bar(1, close: 1)], into: nil)
        let merged = try PackedMinuteBars(
            merging: [try bar(3, close: 2), try bar(1, close: 2), try bar(1, close: 3)], into: stored)
        let code = try #require(StockCode("005930"))
        var bars: [MinuteBar] = []
        let slot = PackedMinuteBars.slot(of: try bar(0, close: 1).minute)
        #expect(try merged.appendMinuteBars(of: code, slot: slot, to: &bars))
        #expect(
            bars == [
                try bar(0, close: 1), try bar(1, close: 3), try bar(2, close: 1), try bar(3, close: 2),
            ])
        var field: [UInt8] = []
        merged.appendPGBinary(to: &field)
        #expect(field.count == 4 + 4 * PackedMinuteBars.barSize)
        let decoded = try field.dropFirst(4).withUnsafeBytes { try PackedMinuteBars(pgBinary: $0) }
        #expect(decoded == merged)
        let torn = Array(field.dropFirst(4).dropLast())
        #expect(throws: PGError.self) { try torn.withUnsafeBytes { try PackedMinuteBars(pgBinary: $0) } }
    }
}
