import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// `tr_cont` paging: cursors verbatim, restarts on SYDB0050, hard bounds.
@Suite struct PagingTests {
    static let fk1 = "12345678^01^N^^01^01^N^" + String(repeating: " ", count: 77)
    static let nk1 = "PAGE1KEY" + String(repeating: " ", count: 92)
    static let nk2 = "PAGE2KEY^" + String(repeating: " ", count: 91)

    /// The balance fixture with its cursors replaced, as page `page` of `pages`: each page holds other stocks
    /// (the first digit of the code is the page), and the totals are those of all pages, as KIS sends them.
    static func balancePage(fk: String, nk: String, trCont: String, page: Int, of pages: Int) throws
        -> FakeTransport.Outcome
    {
        try .fixture("inquire-balance", trCont: trCont) { text in
            var object = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
            object["ctx_area_fk100"] = fk
            object["ctx_area_nk100"] = nk
            let rows = (object["output1"] as? [[String: Any]] ?? []).map { row in
                row.merging(["pdno": "\(page)" + String((row["pdno"] as? String ?? "").dropFirst())]) { $1 }
            }
            object["output1"] = rows
            let totals = ["pchs_amt_smtl_amt", "evlu_amt_smtl_amt", "evlu_pfls_smtl_amt", "scts_evlu_amt"]
            object["output2"] = (object["output2"] as? [[String: Any]] ?? []).map { summary in
                var scaled = summary
                for key in totals { scaled[key] = "\((Int(summary[key] as? String ?? "") ?? 0) * pages)" }
                let total =
                    (Int(scaled["scts_evlu_amt"] as? String ?? "") ?? 0)
                    + (Int(summary["prvs_rcdl_excc_amt"] as? String ?? "") ?? 0)
                let change = Int(summary["asst_icdc_amt"] as? String ?? "") ?? 0
                scaled["tot_evlu_amt"] = "\(total)"
                scaled["bfdy_tot_asst_evlu_amt"] = "\(total - change)"
                return scaled
            }
            let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func followsThreePagesSendingCursorsBackVerbatim() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance",
            [
                try Self.balancePage(fk: Self.fk1, nk: Self.nk1, trCont: "M", page: 1, of: 3),
                try Self.balancePage(fk: Self.fk1, nk: Self.nk2, trCont: "F", page: 2, of: 3),
                try Self.balancePage(fk: Self.fk1, nk: String(repeating: " ", count: 100), trCont: "D", page: 3, of: 3),
            ])
        let balance = try await h.client().fetchBalance()
        #expect(balance.holdings.count == 6)
        let requests = h.transport.requests(to: "inquire-balance")
        #expect(requests.count == 3)
        #expect(requests.map { $0.headers["tr_cont"] } == ["", "N", "N"])
        #expect(requests[1].query("CTX_AREA_FK100") == Self.fk1)
        #expect(requests[1].query("CTX_AREA_NK100") == Self.nk1)
        #expect(requests[2].query("CTX_AREA_NK100") == Self.nk2)
        #expect(requests[2].url.absoluteString.contains("PAGE2KEY%5E%20%20"))
    }

    @Test func restartsFromPageOneWhenDataChangedWhilePaging() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance",
            [
                try Self.balancePage(fk: Self.fk1, nk: Self.nk1, trCont: "M", page: 1, of: 2),
                Harness.kisError("SYDB0050", "조회이후에 자료가 변경되었습니다.(다시 조회하세요)", status: 200),
                try Self.balancePage(fk: Self.fk1, nk: Self.nk1, trCont: "M", page: 1, of: 2),
                try Self.balancePage(fk: Self.fk1, nk: Self.nk2, trCont: "D", page: 2, of: 2),
            ])
        let balance = try await h.client().fetchBalance()
        #expect(balance.holdings.count == 4)
        let requests = h.transport.requests(to: "inquire-balance")
        #expect(requests.map { $0.headers["tr_cont"] } == ["", "N", "", "N"])
        #expect(requests[2].query("CTX_AREA_NK100") == "")
    }

    @Test func givesUpAfterTheRestartBound() async throws {
        let h = try Harness()
        h.transport.script("inquire-balance", repeatLast: true, Harness.kisError("SYDB0050", status: 200))
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchBalance() }
        #expect(error?.code == .dataChangedWhilePaging)
        #expect(h.transport.requests(to: "inquire-balance").count == KISRetryPolicy.default.maxPagingRestarts + 1)
    }

    @Test func pageBoundIsAnErrorNotATruncation() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance", repeatLast: true,
            try Self.balancePage(fk: Self.fk1, nk: Self.nk1, trCont: "M", page: 1, of: 1))
        let error = await #expect(throws: KISError.self) { _ = try await h.client(maxPages: 3).fetchBalance() }
        #expect(error?.code == .pageLimitExceeded)
        #expect(h.transport.requests(to: "inquire-balance").count == 3)
    }

    @Test(arguments: ["X", ""])
    func unknownContinuationFlagIsAnError(flag: String) async throws {
        let h = try Harness()
        h.transport.script("inquire-balance", try .fixture("inquire-balance", trCont: flag.isEmpty ? nil : flag))
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchBalance() }
        #expect(error?.code == .invalidContinuation)
    }

    @Test func holidayCalendarUsesShortCursorNames() async throws {
        let h = try Harness()
        h.transport.script(
            "chk-holiday", [try .fixture("chk-holiday", trCont: "M"), try .fixture("chk-holiday", trCont: "D")])
        let days = try await h.client().fetchMarketCalendar(from: try #require(TradeDate("20251222")))
        #expect(days.count == 24)
        let second = try #require(h.transport.requests(to: "chk-holiday").last)
        #expect(second.query("CTX_AREA_NK") == "20260114            ")
        #expect(second.query("CTX_AREA_FK") == "20251222            ")
        #expect(second.query("BASS_DT") == "20251222")
        #expect(second.headers["tr_id"] == "CTCA0903R")
    }

    @Test func dailyBarsPageBackwardsByDate() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-daily-itemchartprice",
            [
                try .fixture("inquire-daily-itemchartprice"),
                .json(#"{"rt_cd":"0","msg_cd":"MCA00000","msg1":"ok","output1":{},"output2":[{}]}"#),
            ])
        let bars = try await h.client().fetchDailyBars(
            try #require(StockCode("005930")), from: try #require(TradeDate("20250601")),
            to: try #require(TradeDate("20250715")))
        #expect(bars.count == 5)
        let requests = h.transport.requests(to: "inquire-daily-itemchartprice")
        #expect(requests.map { $0.query("FID_INPUT_DATE_2") } == ["20250715", "20250708"])
        #expect(requests.allSatisfy { $0.query("FID_INPUT_DATE_1") == "20250601" })
    }

    @Test func minuteBarsPageBackwardsByTime() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-time-itemchartprice",
            [
                try .fixture("inquire-time-itemchartprice"),
                .json(
                    #"{"rt_cd":"0","msg_cd":"MCA00000","msg1":"ok","output1":{"stck_prdy_clpr":"61700"},"output2":[]}"#),
            ])
        let answer = try await h.client().fetchMinuteBars(
            try #require(StockCode("005930")), from: try #require(KSTTime(hour: 9, minute: 0)),
            through: try #require(KSTTime(hour: 10, minute: 0)))
        #expect(answer.bars.count == 5)
        #expect(answer.previousClose == KRW(61_700))
        let requests = h.transport.requests(to: "inquire-time-itemchartprice")
        #expect(requests.map { $0.query("FID_INPUT_HOUR_1") } == ["100000", "095559"])
    }
}
