import Feed
import Foundation
import PortfolioModel
import Testing

/// Subscribe/unsubscribe JSON in KIS's exact shape, and the plan's TRs and budget.
@Suite struct SubscriptionTests {
    static let approvalKey = "5b2c7d1e-3f4a-4b6c-9d8e-0a1b2c3d4e5f"

    @Test(arguments: [("ws_frames.txt", "H0STCNI0", "myhtsid"), ("ws_market_status.txt", "H0STMKO0", "005930")])
    func registerMessageMatchesTheExampleByteForByte(file: String, trID: String, trKey: String) throws {
        let example = try #require(try Examples.frames(file).first { $0.text.contains("approval_key") })
        let json = SubscriptionMessage.json(
            .register, Subscription(trID: trID, trKey: trKey), approvalKey: Self.approvalKey)
        #expect(json == example.text)
    }

    @Test func releaseUsesTrType2() throws {
        let json = SubscriptionMessage.json(
            .release, Subscription(trID: "H0STCNT0", trKey: "005930"), approvalKey: Self.approvalKey)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let header = try #require(object["header"] as? [String: String])
        #expect(header == ["approval_key": Self.approvalKey, "custtype": "P", "tr_type": "2", "content-type": "utf-8"])
        let input = (object["body"] as? [String: Any])?["input"] as? [String: String]
        #expect(input == ["tr_id": "H0STCNT0", "tr_key": "005930"])
    }

    @Test func valuesAreEscaped() throws {
        let json = SubscriptionMessage.json(
            .register, Subscription(trID: "H0STCNI0", trKey: "a\"b\\c\n"), approvalKey: "k")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let input = (object?["body"] as? [String: Any])?["input"] as? [String: String]
        #expect(input?["tr_key"] == "a\"b\\c\n")
    }

    @Test(arguments: [(TradingMode.real, "H0STCNI0"), (.paper, "H0STCNI9")])
    func planSubscribesTheDomainsNoticeTR(mode: TradingMode, trID: String) throws {
        let codes = [StockCode("005930"), StockCode("000660"), StockCode("005930")].compactMap { $0 }
        let plan = try SubscriptionPlan(mode: mode, htsID: "myhtsid", tickCodes: codes)
        #expect(plan.subscriptions.map(\.trID) == [trID, "H0STCNT0", "H0STCNT0"])
        #expect(plan.subscriptions.map(\.trKey) == ["myhtsid", "005930", "000660"])
        #expect(plan.registerMessages(approvalKey: "k").count == 3)
        #expect(!"\(plan.subscriptions[0])".contains("myhtsid"))
    }

    @Test func budgetIsFortyRegistrations() throws {
        let codes = (0..<40).compactMap { StockCode(String(format: "%06d", $0 + 1)) }
        let full = try SubscriptionPlan(mode: .real, htsID: "myhtsid", tickCodes: Array(codes.prefix(39)))
        #expect(full.subscriptions.count == SubscriptionPlan.registrationLimit)
        let error = #expect(throws: FeedError.self) {
            try SubscriptionPlan(mode: .real, htsID: "myhtsid", tickCodes: codes)
        }
        #expect(error?.code == .subscription)
        #expect(throws: FeedError.self) {
            try SubscriptionPlan(mode: .real, htsID: "myhtsid", tickCodes: codes, limit: 500)
        }
    }

    @Test(arguments: ["", "my hts", "a\"b"])
    func badHTSIDIsRefused(_ id: String) {
        #expect(throws: FeedError.self) { try SubscriptionPlan(mode: .paper, htsID: id) }
    }
}
