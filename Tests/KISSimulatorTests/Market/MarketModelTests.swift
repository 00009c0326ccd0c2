import Testing

@testable import KISSimulator

@Suite struct MarketModelTests {
    static func model(seed: UInt64 = 1) throws -> MarketModel {
        let scenario = try Scenario.builtIn()
        return MarketModel(
            stocks: scenario.stocks, seed: seed, anchor: try #require(KSTDate(parsing: "2025-12-03")),
            calendar: MarketCalendar(), recorded: [:])
    }

    @Test func minuteBarsAggregateToTheDailyBar() throws {
        let market = try Self.model()
        let day = try #require(KSTDate(parsing: "2025-11-27"))
        for code in market.codes {
            let session = try #require(market.series[code]?.session(on: day))
            #expect(session.bars.count == 390)
            #expect(session.bars.first?.open == session.daily.open)
            #expect(session.bars.last?.close == session.daily.close)
            #expect(session.bars.map(\.high).max() == session.daily.high)
            #expect(session.bars.map(\.low).min() == session.daily.low)
            #expect(session.bars.reduce(0) { $0 + $1.volume } == session.daily.volume)
            for bar in session.bars {
                #expect(TickTable.isOnGrid(bar.close) && TickTable.isOnGrid(bar.high) && TickTable.isOnGrid(bar.low))
                #expect(bar.low <= min(bar.open, bar.close) && bar.high >= max(bar.open, bar.close))
                #expect(bar.high <= session.upperLimit && bar.low >= session.lowerLimit)
            }
        }
    }

    @Test func anchorDayClosesAtTheBasePrice() throws {
        let market = try Self.model()
        let day = try #require(KSTDate(parsing: "2025-12-03"))
        #expect(market.series["005930"]?.close(on: day) == 101_000)
    }

    @Test func pricesArePureRegardlessOfCallOrder() throws {
        let a = try Self.model(seed: 9)
        let b = try Self.model(seed: 9)
        let late = try #require(KSTDate(parsing: "2026-03-10"))
        let early = try #require(KSTDate(parsing: "2025-06-02"))
        _ = a.series["000660"]?.dailyBar(on: late)
        _ = a.series["000660"]?.session(on: early)
        #expect(a.series["000660"]?.dailyBar(on: early) == b.series["000660"]?.dailyBar(on: early))
        #expect(a.series["000660"]?.dailyBar(on: late) == b.series["000660"]?.dailyBar(on: late))
        #expect(try Self.model(seed: 10).series["000660"]?.dailyBar(on: late) != a.series["000660"]?.dailyBar(on: late))
    }

    @Test func noSessionsOnWeekendsAndHolidays() throws {
        let market = try Self.model()
        let series = try #require(market.series["005930"])
        for text in ["2025-12-06", "2025-12-07", "2025-12-25", "2025-12-31", "2026-01-01", "2026-02-17"] {
            #expect(series.dailyBar(on: try #require(KSTDate(parsing: text))) == nil, "\(text)")
        }
        #expect(series.dailyBar(on: try #require(KSTDate(parsing: "2026-01-02"))) != nil)
    }

    @Test func inProgressBarShowsPreviousVolumeUntilItsFirstTrade() throws {
        let market = try Self.model()
        let day = try #require(KSTDate(parsing: "2025-12-04"))
        let series = try #require(market.series["005930"])
        let session = try #require(series.session(on: day))
        let minute = 45
        let first = series.firstTradeSecond(on: day, minute: minute)
        try #require(first > 0)
        let before = try #require(
            market.snapshot("005930", at: KSTTime(date: day, secondOfDay: Double(Session.openSecond + minute * 60))))
        #expect(before.bars.last?.bar.index == minute)
        #expect(before.bars.last?.displayVolume == session.bars[minute - 1].volume)
        #expect(before.price == session.bars[minute - 1].close)
        let after = try #require(
            market.snapshot(
                "005930", at: KSTTime(date: day, secondOfDay: Double(Session.openSecond + minute * 60 + 59))))
        #expect(after.price == session.bars[minute].close)
        #expect(after.bars.last?.bar.volume == session.bars[minute].volume)
    }

    @Test func tickTableFollowsTheUnifiedGrid() {
        #expect(TickTable.tick(at: 1_999) == 1)
        #expect(TickTable.tick(at: 2_000) == 5)
        #expect(TickTable.tick(at: 19_990) == 10)
        #expect(TickTable.tick(at: 49_950) == 50)
        #expect(TickTable.tick(at: 199_900) == 100)
        #expect(TickTable.tick(at: 499_500) == 500)
        #expect(TickTable.tick(at: 500_000) == 1_000)
        #expect(TickTable.round(49_987) == 50_000)
        #expect(TickTable.step(50_000, by: -1) == 49_950)
        #expect(TickTable.upperLimit(previousClose: 61_700) == 80_200)
        #expect(TickTable.lowerLimit(previousClose: 61_700) == 43_200)
    }

    @Test func kstArithmeticDoesNotNeedTheTimeZoneDatabase() throws {
        let time = try #require(KSTTime(parsing: "2025-12-04T01:30:00Z"))
        #expect(time.description == "2025-12-04T10:30:00+09:00")
        #expect(time.compactTime == "103000")
        #expect(try #require(KSTTime(parsing: "2025-12-04T10:30:00")).secondsSinceEpoch == time.secondsSinceEpoch)
        #expect(try #require(KSTDate(parsing: "20251222")).weekday == 1)
        #expect(KSTDate(parsing: "20250230") == nil)
    }
}
