import Foundation
import KISAPI
import PortfolioModel
import Testing
import Trading

/// Every refusal of the pre-trade check, with the rule named in the message (pure: no KIS, no clock).
@Suite struct PreTradeCheckTests {
    static let day = TradeDate(year: 2025, month: 12, day: 4)!

    static func at(_ h: Int, _ m: Int, _ s: Int = 0) -> Date {
        day.at(PortfolioModel.KSTTime(secondOfDay: h * 3600 + m * 60 + s))
    }

    static let samsung = Instrument(
        code: StockCode("005930")!, name: "삼성전자",
        quote: Quote(
            code: StockCode("005930")!, price: KRW(61_700), change: KRW(500), changeRate: Percent(hundredths: 82),
            open: KRW(61_200), high: KRW(62_000), low: KRW(61_000), previousClose: KRW(61_200), volume: 1_000),
        limits: PriceLimits(base: KRW(61_200)), tick: KRW(100), kind: .stock)

    static func facts(
        _ mode: TradingMode = .real, at time: Date = at(10, 30), cashQuantity: Int64 = 100, sellable: Int64? = 20,
        book: BestBidAsk? = nil, tradingDay: Bool = true
    ) -> PreTradeCheck.Facts {
        PreTradeCheck.Facts(
            mode: mode, instrument: samsung, book: book,
            orderableCash: OrderableCash(
                cash: KRW(10_000_000), reusableAmount: .zero, cashOnlyBuyAmount: KRW(6_170_000),
                cashOnlyBuyQuantity: cashQuantity, maxBuyAmount: KRW(6_170_000), maxBuyQuantity: cashQuantity),
            sellableQuantity: sellable, now: time, isTradingDay: tradingDay)
    }

    func refusal(_ request: OrderRequest, _ facts: PreTradeCheck.Facts) -> String {
        do {
            _ = try PreTradeCheck().plan(request, facts: facts)
            return "passed"
        } catch let error as TradingError {
            return error.code == .refused ? error.message : "wrong code \(error.code)"
        } catch { return "\(error)" }
    }

    @Test func aLegalLimitBuyIsPlannedWithCostsAndCashAfter() throws {
        let plan = try PreTradeCheck().plan(.make(.buy, "005930", "삼성전자", 10, price: 61_000), facts: Self.facts())
        #expect(plan.estimatedAmount == KRW(610_000) && plan.commission == KRW(91) && plan.tax == .zero)
        #expect(plan.cashAfter == KRW(6_170_000 - 610_000 - 91))
        #expect(plan.session == "정규장" && plan.notes.isEmpty)
    }

    @Test func aSellPaysTheTaxOfItsYear() throws {
        let plan = try PreTradeCheck().plan(.make(.sell, "005930", nil, 10, price: 62_000), facts: Self.facts())
        #expect(plan.tax == KRW(620_000 * 15 / 10_000), "0.15 % in 2025")
        #expect(plan.sharesAfter == 10)
    }

    @Test(arguments: [
        (OrderRequest.make(.buy, "005930", "삼성전자", 0, price: 61_000), "at least 1 share"),
        (.make(.buy, "005930", "삼성전기", 1, price: 61_000), "not 삼성전기"),
        (.make(.buy, "005930", "삼성전자", 1, price: 61_050), "off the 100원 price grid"),
        (.make(.buy, "005930", "삼성전자", 1, price: 79_600), "above the upper limit"),
        (.make(.buy, "005930", "삼성전자", 1, price: 42_800), "below the lower limit"),
        (.make(.buy, "005930", "삼성전자", 101, price: 61_000), "not enough cash"),
        (.make(.sell, "005930", "삼성전자", 21, price: 61_000), "not enough shares") as (OrderRequest, String),
    ])
    func refusalsNameTheirRule(request: OrderRequest, expected: String) {
        let message = refusal(request, Self.facts())
        #expect(message.contains(expected), "\(message)")
    }

    @Test func paperIsKRXOnly() {
        let message = refusal(.make(.buy, "005930", "삼성전자", 1, price: 61_000, venue: .nxt), Self.facts(.paper))
        #expect(message.contains("KRX only"))
    }

    @Test func anNXTMarketBuyBecomesALimitAtTheBestAsk() throws {
        let book = BestBidAsk(
            code: StockCode("005930")!, time: nil, askPrice: KRW(61_800), askQuantity: 10, bidPrice: KRW(61_700),
            bidQuantity: 10, totalAskQuantity: 100, totalBidQuantity: 100)
        let plan = try PreTradeCheck().plan(
            .make(.buy, "005930", "삼성전자", 5, venue: .nxt), facts: Self.facts(book: book))
        #expect(plan.orderType == .limit && plan.price == KRW(61_800))
        #expect(plan.notes.first?.contains("best ask") == true)
        let sell = try PreTradeCheck().plan(
            .make(.sell, "005930", "삼성전자", 5, venue: .nxt), facts: Self.facts(book: book))
        #expect(sell.price == KRW(61_700))
        let empty = BestBidAsk(
            code: StockCode("005930")!, time: nil, askPrice: .zero, askQuantity: 0, bidPrice: .zero, bidQuantity: 0,
            totalAskQuantity: 0, totalBidQuantity: 0)
        #expect(
            refusal(.make(.buy, "005930", "삼성전자", 5, venue: .nxt), Self.facts(book: empty)).contains("NXT shows no ask")
        )
    }

    @Test(arguments: [
        (at(15, 45), Venue.krx, OrderType.limit, "does not take 지정가"),
        (at(18, 30), .krx, .limit, "takes no orders at 18:30:00"),
        (at(8, 10), .krx, .limit, "next: 장개시전 시간외 종가 at 08:30:00"),
        (at(16, 30), .nxt, .market, "NXT shows no ask"),
        (at(16, 30), .nxt, .limitIOC, "애프터마켓"),
        (at(9, 0, 10), .nxt, .limit, "takes no orders at 09:00:10"),
    ])
    func sessionsFollowTheVenueTable(time: Date, venue: Venue, type: OrderType, expected: String) {
        let request = OrderRequest.make(
            .buy, "005930", "삼성전자", 1, price: type.takesPrice ? 61_000 : nil, venue: venue, type: type)
        let message = refusal(request, Self.facts(at: time))
        #expect(message.contains(expected), "\(message)")
    }

    @Test func aHolidayIsClosed() {
        let message = refusal(.make(.buy, "005930", "삼성전자", 1, price: 61_000), Self.facts(tradingDay: false))
        #expect(message.contains("not a trading day"))
    }

    @Test func anIdenticalRecentOrderIsFlagged() throws {
        var facts = Self.facts()
        facts.recentIdentical = true
        let plan = try PreTradeCheck().plan(.make(.buy, "005930", "삼성전자", 1, price: 61_000), facts: facts)
        #expect(plan.isPossibleDuplicate && plan.notes.contains { $0.contains("double submit") })
    }
}
