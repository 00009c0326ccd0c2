import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// The requests the client sends: headers, TR ids per mode, query names and cursor encoding.
@Suite struct RequestBuildingTests {
    @Test func balanceRequestCarriesKISHeadersAndQuery() async throws {
        let h = try Harness()
        h.transport.script("inquire-balance", try .fixture("inquire-balance", trCont: "D"))
        _ = try await h.client().fetchBalance()
        let request = try #require(h.transport.requests(to: "inquire-balance").first)
        #expect(request.method == .get)
        #expect(request.path == "/uapi/domestic-stock/v1/trading/inquire-balance")
        #expect(request.headers["authorization"] == "Bearer \(try Harness.fixtureToken())")
        #expect(request.headers["appkey"] == Harness.appKey)
        #expect(request.headers["appsecret"] == Harness.appSecret)
        #expect(request.headers["tr_id"] == "TTTC8434R")
        #expect(request.headers["tr_cont"] == "")
        #expect(request.headers["custtype"] == "P")
        #expect(request.headers["content-type"] == "application/json; charset=utf-8")
        #expect(request.query("CANO") == "12345678")
        #expect(request.query("ACNT_PRDT_CD") == "01")
        #expect(request.query("AFHR_FLPR_YN") == "N")
        #expect(request.query("INQR_DVSN") == "01")
        #expect(request.query("PRCS_DVSN") == "00")
        #expect(request.query("CTX_AREA_FK100") == "")
        #expect(request.query("CTX_AREA_NK100") == "")
    }

    @Test func tokenRequestIsAPostWithCredentialsInTheBody() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", try .fixture("inquire-price"))
        _ = try await h.client().fetchQuote(try #require(StockCode("005930")))
        let request = try #require(h.transport.requests(to: "/oauth2/tokenP").first)
        #expect(request.method == .post)
        #expect(request.headers["authorization"] == nil)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(body == ["grant_type": "client_credentials", "appkey": Harness.appKey, "appsecret": Harness.appSecret])
    }

    @Test(arguments: [
        (TradingMode.real, "inquire-balance", "TTTC8434R"), (.paper, "inquire-balance", "VTTC8434R"),
        (.real, "inquire-daily-ccld", "TTTC0081R"), (.paper, "inquire-daily-ccld", "VTTC0081R"),
        (.real, "inquire-psbl-order", "TTTC8908R"), (.paper, "inquire-psbl-order", "VTTC8908R"),
        (.real, "inquire-price", "FHKST01010100"), (.paper, "inquire-price", "FHKST01010100"),
    ])
    func trIDFollowsTheMode(mode: TradingMode, operation: String, trID: String) async throws {
        let h = try Harness()
        h.transport.script(operation, try .fixture(operation, trCont: "D"))
        let client = h.client(mode)
        switch operation {
        case "inquire-balance": _ = try await client.fetchBalance()
        case "inquire-daily-ccld": _ = try await client.fetchDailyOrders(on: try #require(TradeDate("20250715")))
        case "inquire-psbl-order": _ = try await client.fetchOrderableCash()
        default: _ = try await client.fetchQuote(try #require(StockCode("005930")))
        }
        #expect(h.transport.requests(to: operation).first?.headers["tr_id"] == trID)
    }

    @Test func dailyOrdersOlderThanThreeMonthsUseTheArchiveTR() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-daily-ccld",
            try .fixture("inquire-daily-ccld", trCont: "D") {
                $0.replacingOccurrences(of: "20250715", with: "20250301")
            })
        _ = try await h.client().fetchDailyOrders(on: try #require(TradeDate("20250301")))
        let request = try #require(h.transport.requests(to: "inquire-daily-ccld").first)
        #expect(request.headers["tr_id"] == "CTSC9215R")
        #expect(request.query("CCLD_DVSN") == "00")
        #expect(request.query("INQR_STRT_DT") == "20250301")
        #expect(request.query("EXCG_ID_DVSN_CD") == "ALL")
    }

    @Test func paperCancellableOrdersComeFromDailyOrdersWithoutTheRealOnlyTR() async throws {
        let h = try Harness()
        h.transport.script("inquire-daily-ccld", try .fixture("inquire-daily-ccld", trCont: "D"))
        let orders = try await h.client(.paper).fetchCancellableOrders()
        #expect(orders.map(\.orderNumber) == ["0000117342"])
        #expect(orders.first?.cancellableQuantity == 5)
        #expect(h.transport.requests(to: "inquire-psbl-rvsecncl").isEmpty)
        #expect(h.transport.requests(to: "inquire-daily-ccld").first?.headers["tr_id"] == "VTTC0081R")
        #expect(h.transport.requests(to: "inquire-daily-ccld").first?.query("EXCG_ID_DVSN_CD") == "KRX")
    }

    @Test func realOnlyCalendarOnPaperFailsBeforeAnyCall() async throws {
        let h = try Harness()
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client(.paper).fetchMarketCalendar(from: try #require(TradeDate("20251222")))
        }
        #expect(error?.code == .unsupportedInMode)
        #expect(h.transport.requests.isEmpty)
    }

    @Test func queryValuesArePercentEncodedByteForByte() throws {
        let url = try KISURL.make(
            base: try #require(URL(string: "http://127.0.0.1:8080/")), path: "/p",
            query: [("CTX_AREA_FK100", "12345678^01^N  "), ("X", "a+b&c")], operation: "test")
        #expect(url.absoluteString == "http://127.0.0.1:8080/p?CTX_AREA_FK100=12345678%5E01%5EN%20%20&X=a%2Bb%26c")
    }

    @Test func baseURLWithAPathPrefixIsKept() throws {
        let url = try KISURL.make(
            base: try #require(URL(string: "http://127.0.0.1:8080/kis/")), path: "/oauth2/tokenP", operation: "t")
        #expect(url.absoluteString == "http://127.0.0.1:8080/kis/oauth2/tokenP")
    }
}
