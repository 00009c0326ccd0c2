import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Price replies: OHLC order, and dates against the request.
///
/// The harness clock is 2025-07-15 10:00 KST.
@Suite struct BarCheckTests {
    let samsung = StockCode("005930")!

    private func daily(_ edit: @escaping (inout [String: Any]) -> Void) async throws -> [DailyBar] {
        let h = try Harness()
        h.transport.script(
            "inquire-daily-itemchartprice", try edited("inquire-daily-itemchartprice", trCont: nil, edit))
        return try await h.client().fetchDailyBars(samsung, from: TradeDate("20250709")!, to: TradeDate("20250715")!)
    }

    private func minutes(_ edit: @escaping (inout [String: Any]) -> Void) async throws -> [MinuteBar] {
        let h = try Harness()
        h.transport.script("inquire-time-itemchartprice", try edited("inquire-time-itemchartprice", trCont: nil, edit))
        return try await h.client().fetchMinuteBars(samsung, through: KSTTime(hour: 10, minute: 0)!).bars
    }

    private func expectRefused(_ rule: String, _ body: () async throws -> some Any) async {
        let error = await #expect(throws: KISError.self) { _ = try await body() }
        #expect(error?.code == .inconsistentReply)
        #expect(error?.message.hasSuffix(rule) == true, "\(error?.message ?? "")")
    }

    @Test(arguments: [
        ("stck_clpr", "61000", "stck_clpr 61000 is below stck_lwpr 61800"),
        ("stck_hgpr", "61000", "stck_lwpr 61800 is above stck_hgpr 61000"),
        ("stck_oprc", "70000", "stck_oprc 70000 is above stck_hgpr 62600"),
        ("stck_lwpr", "0", "stck_lwpr is 0 while the bar traded"),
        ("acml_vol", "-1", "acml_vol -1 is negative"),
    ])
    func aDailyBarOutOfOHLCOrderIsRefused(field: String, value: String, rule: String) async throws {
        let fixture = try await daily { _ in }
        #expect(fixture.last?.low == KRW(61_800) && fixture.last?.high == KRW(62_600))
        await expectRefused(rule) { try await daily { $0.set("output2", 0, field, value) } }
    }

    @Test(arguments: ["20250716", "20250708", "20250714"])
    func aDailyBarOutsideTheAskedRangeOrTwiceIsRefused(date: String) async throws {
        let rule = date == "20250714" ? "appears twice" : "is outside the asked 20250709–20250715"
        await expectRefused(rule) { try await daily { $0.set("output2", 0, "stck_bsop_date", date) } }
    }

    @Test func aHaltedDayWithoutTradesIsAccepted() async throws {
        let bars = try await daily { o in
            for field in ["stck_oprc", "stck_hgpr", "stck_lwpr", "acml_vol", "acml_tr_pbmn"] {
                o.set("output2", 0, field, "0")
            }
        }
        #expect(bars.last?.volume == 0)
        #expect(bars.last?.close == KRW(62_400))
    }

    @Test(arguments: [
        ("stck_bsop_date", "20250714", "stck_bsop_date 20250714 is not the asked day 20250715"),
        ("stck_cntg_hour", "100100", "stck_cntg_hour 100100 is after the asked 100000"),
        ("stck_cntg_hour", "095900", "stck_cntg_hour 095900 appears twice"),
        ("stck_prpr", "62100", "stck_prpr 62100 is below stck_lwpr 62200"),
        ("stck_hgpr", "623000", "stck_hgpr 623000 is beyond any day's move from stck_prdy_clpr 61700"),
        ("stck_oprc", "62301", "stck_oprc 62301 is off the KRX price grid"),
    ])
    func aMinuteBarOfAnotherDayOrLaterOrOutOfOrderIsRefused(field: String, value: String, rule: String) async throws {
        await expectRefused(rule) {
            try await minutes { $0.set("output2", 0, field, value) }
        }
    }

    @Test func aQuoteAboveItsDayHighIsRefused() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-price",
            try edited("inquire-price", trCont: nil) { o in
                var output = o["output"] as? [String: Any] ?? [:]
                output["stck_hgpr"] = "60000"
                o["output"] = output
            })
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchQuote(samsung) }
        #expect(error?.code == .inconsistentReply)
    }
}
