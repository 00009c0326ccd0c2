import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Every example body in `kis-api/examples/` decodes into the right values or the right error.
@Suite struct FixtureDecodingTests {
    @Test func balanceMapsHoldingsAndSummary() async throws {
        let h = try Harness()
        h.transport.script("inquire-balance", try .fixture("inquire-balance", trCont: "D"))
        let balance = try await h.client().fetchBalance()
        #expect(balance.holdings.count == 2)
        let samsung = try #require(balance.holdings.first)
        #expect(samsung.code.rawValue == "005930")
        #expect(samsung.name == "삼성전자")
        #expect(samsung.quantity == 150)
        #expect(samsung.orderableQuantity == 150)
        #expect(samsung.averagePrice == AveragePrice(tenThousandths: 582_133_333))
        #expect(samsung.purchaseAmount == KRW(8_732_000))
        #expect(samsung.currentPrice == KRW(62_400))
        #expect(samsung.evaluationAmount == KRW(9_360_000))
        #expect(samsung.profitLoss == KRW(628_000))
        #expect(samsung.profitLossRate == Percent(hundredths: 719))
        #expect(samsung.dayChangeRate == Percent(hundredths: 113))
        #expect(samsung.dayChange == KRW(700))
        #expect(samsung.todayBoughtQuantity == 10)
        #expect(balance.summary.deposit == KRW(3_521_400))
        #expect(balance.summary.availableCash == KRW(2_897_313))
        #expect(balance.summary.todayFees == KRW(87))
        #expect(balance.summary.stockEvaluation == KRW(15_030_000))
        #expect(balance.summary.totalEvaluation == KRW(17_927_313))
        #expect(balance.summary.totalProfitLoss == KRW(993_000))
        #expect(balance.summary.assetChange == KRW(187_913))
    }

    @Test func dailyOrdersMapOpenAndFilledOrders() async throws {
        let h = try Harness()
        h.transport.script("inquire-daily-ccld", try .fixture("inquire-daily-ccld", trCont: "D"))
        let orders = try await h.client().fetchDailyOrders(on: try #require(TradeDate("20250715")))
        #expect(orders.count == 2)
        let open = try #require(orders.first)
        #expect(open.orderNumber == "0000117342")
        #expect(open.branch == "06010")
        #expect(open.code.rawValue == "000660")
        #expect(open.side == .buy)
        #expect(open.orderQuantity == 5)
        #expect(open.orderPrice == KRW(280_000))
        #expect(open.orderTime == KSTTime(hour: 9, minute: 30, second: 11))
        #expect(open.remainingQuantity == 5)
        #expect(open.isOpen)
        #expect(open.venue == .krx)
        let filled = orders[1]
        #expect(filled.filledQuantity == 10)
        #expect(filled.averageFillPrice == KRW(62_400))
        #expect(filled.filledAmount == KRW(624_000))
        #expect(!filled.isOpen)
        #expect(KISClient.cancellableOrders(from: orders).map(\.orderNumber) == ["0000117342"])
    }

    @Test func cancellableOrdersMapWithTodaysDate() async throws {
        let h = try Harness()
        h.transport.script("inquire-psbl-rvsecncl", try .fixture("inquire-psbl-rvsecncl", trCont: "D"))
        let orders = try await h.client().fetchCancellableOrders()
        let order = try #require(orders.first)
        #expect(orders.count == 1)
        #expect(order.orderDate == TradeDate("20250715"))
        #expect(order.cancellableQuantity == 5)
        #expect(order.orderPrice == KRW(280_000))
        #expect(order.side == .buy)
    }

    @Test func orderableCashMaps() async throws {
        let h = try Harness()
        h.transport.script("inquire-psbl-order", try .fixture("inquire-psbl-order"))
        let cash = try await h.client().fetchOrderableCash()
        #expect(cash.cash == KRW(2_897_313))
        #expect(cash.cashOnlyBuyAmount == KRW(2_896_905))
        #expect(cash.cashOnlyBuyQuantity == 36)
        #expect(cash.maxBuyAmount == KRW(7_243_282))
        #expect(cash.maxBuyQuantity == 90)
    }

    @Test func quoteMaps() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", try .fixture("inquire-price"))
        let quote = try await h.client().fetchQuote(try #require(StockCode("005930")))
        #expect(quote.price == KRW(62_400))
        #expect(quote.change == KRW(700))
        #expect(quote.changeRate == Percent(hundredths: 113))
        #expect(quote.open == KRW(61_900))
        #expect(quote.high == KRW(62_600))
        #expect(quote.low == KRW(61_800))
        #expect(quote.previousClose == KRW(61_700))
        #expect(quote.volume == 10_234_567)
    }

    @Test func askingPriceMapsLevelOne() async throws {
        let h = try Harness()
        h.transport.script("inquire-asking-price-exp-ccn", try .fixture("inquire-asking-price-exp-ccn"))
        let best = try await h.client().fetchAskingPrice(try #require(StockCode("005930")))
        #expect(best.askPrice == KRW(62_500))
        #expect(best.askQuantity == 48_213)
        #expect(best.bidPrice == KRW(62_400))
        #expect(best.bidQuantity == 152_361)
        #expect(best.totalAskQuantity == 618_384)
        #expect(best.time == KSTTime(hour: 10, minute: 15, second: 32))
    }

    @Test func dailyBarsMapOldestFirst() async throws {
        let h = try Harness()
        h.transport.script("inquire-daily-itemchartprice", try .fixture("inquire-daily-itemchartprice"))
        let bars = try await h.client().fetchDailyBars(
            try #require(StockCode("005930")), from: try #require(TradeDate("20250709")),
            to: try #require(TradeDate("20250715")))
        #expect(bars.map(\.date.compact) == ["20250709", "20250710", "20250711", "20250714", "20250715"])
        #expect(bars.last?.close == KRW(62_400))
        #expect(bars.last?.volume == 10_234_567)
        #expect(h.transport.requests(to: "inquire-daily-itemchartprice").count == 1)
    }

    @Test func minuteBarsMapWithPreviousClose() async throws {
        let h = try Harness()
        h.transport.script("inquire-time-itemchartprice", try .fixture("inquire-time-itemchartprice"))
        let answer = try await h.client().fetchMinuteBars(
            try #require(StockCode("005930")), through: try #require(KSTTime(hour: 10, minute: 0)))
        #expect(answer.previousClose == KRW(61_700))
        #expect(answer.bars.count == 5)
        #expect(answer.bars.first.map { KST.timeOfDay($0.minute) } == KSTTime(hour: 9, minute: 56))
        #expect(answer.bars.last?.volume == 18_211)
        #expect(answer.bars.last.map { TradeDate($0.minute) } == TradeDate("20250715"))
    }

    @Test func marketCalendarMapsOpenFlags() async throws {
        let h = try Harness()
        h.transport.script("chk-holiday", try .fixture("chk-holiday", trCont: "D"))
        let days = try await h.client().fetchMarketCalendar(from: try #require(TradeDate("20251222")))
        #expect(days.count == 24)
        let christmas = try #require(days.first { $0.date.compact == "20251225" })
        #expect(!christmas.isOpen && !christmas.isBusinessDay)
        let newYearsEve = try #require(days.first { $0.date.compact == "20251231" })
        #expect(newYearsEve.isBusinessDay && !newYearsEve.isOpen)
        #expect(days.filter(\.isOpen).count == 15)
    }

    @Test(arguments: [
        ("error_rate_limit_EGW00201", 500, KISError.Code.rateLimited, "EGW00201"),
        ("error_token_expired_EGW00123", 500, .tokenExpired, "EGW00123"),
        ("error_token_invalid_EGW00121", 500, .tokenInvalid, "EGW00121"),
        ("error_tokenP_too_frequent_EGW00133", 403, .tokenIssueTooFrequent, "EGW00133"),
    ])
    func errorBodiesMapToCodes(fixture: String, status: Int, code: KISError.Code, messageCode: String) throws {
        let response = HTTPResponse(status: status, body: try Fixture.load(fixture))
        let call = KISCall(endpoint: .price, query: [])
        guard case .failure(let error) = KISClient.classify(response, call: call) else {
            Issue.record("\(fixture) classified as success")
            return
        }
        #expect(error.code == code)
        #expect(error.messageCode == messageCode)
        #expect(error.httpStatus == status)
        #expect(!error.message.isEmpty)
    }

    @Test(arguments: ["order-cash", "order-cash_paper", "order-rvsecncl", "order-rvsecncl_paper"])
    func orderAnswersAreSuccessEnvelopes(fixture: String) throws {
        let response = HTTPResponse(status: 200, body: try Fixture.load(fixture))
        guard case .success(let success) = KISClient.classify(response, call: KISCall(endpoint: .price, query: []))
        else {
            Issue.record("\(fixture) not a success")
            return
        }
        #expect(success.messageCode?.isEmpty == false)
    }

    @Test(arguments: ["oauth2_Approval", "uapi_hashkey", "oauth2_revokeP", "ws_pingpong"])
    func bodiesWithoutEnvelopeAreNotMistakenForSuccess(fixture: String) throws {
        let response = HTTPResponse(status: 200, body: try Fixture.load(fixture))
        guard case .failure(let error) = KISClient.classify(response, call: KISCall(endpoint: .price, query: [])) else {
            Issue.record("\(fixture) classified as success")
            return
        }
        #expect(error.code == .malformedResponse)
        #expect(error.message.contains("rt_cd"))
    }
}
