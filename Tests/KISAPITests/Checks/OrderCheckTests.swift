import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// inquire-daily-ccld and inquire-psbl-rvsecncl rows: the asked day, quantities that add up.
@Suite struct OrderCheckTests {
    private func orders(_ edit: @escaping (inout [String: Any]) -> Void) async throws -> [DailyOrder] {
        let h = try Harness()
        h.transport.script("inquire-daily-ccld", try edited("inquire-daily-ccld", edit))
        return try await h.client().fetchDailyOrders(on: TradeDate("20250715")!)
    }

    @Test(arguments: [
        (0, "ord_dt", "20250714", "output1[0] 000660: ord_dt 20250714 is not the asked day 20250715"),
        (1, "tot_ccld_qty", "11", "output1[1] 005930: tot_ccld_qty 11 exceeds ord_qty 10"),
        (0, "rmn_qty", "6", "output1[0] 000660: rmn_qty 6 exceeds ord_qty − tot_ccld_qty 5"),
        (1, "tot_ccld_amt", "0", "output1[1] 005930: tot_ccld_amt 0 does not match tot_ccld_qty 10"),
        (0, "ord_unpr", "-280000", "output1[0] 000660: ord_unpr -280000 is negative"),
    ])
    func aDailyOrderRowThatCannotBeRightIsRefused(row: Int, field: String, value: String, rule: String) async {
        let error = await #expect(throws: KISError.self) {
            _ = try await orders { $0.set("output1", row, field, value) }
        }
        #expect(error?.code == .inconsistentReply)
        #expect(error?.message == "inquire-daily-ccld \(rule)")
    }

    @Test func aFractionalAverageFillPriceIsRoundedBecauseTheFilledAmountIsTheMoney() async throws {
        let all = try await orders { $0.set("output1", 1, "avg_prvs", "62400.4") }
        #expect(all[1].averageFillPrice == KRW(62_400))
        #expect(all[1].filledAmount == KRW(624_000))
    }

    @Test func aCancellableRowWithMoreLeftThanOrderedIsRefused() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-psbl-rvsecncl", try edited("inquire-psbl-rvsecncl") { $0.set("output", 0, "psbl_qty", "9") })
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchCancellableOrders() }
        #expect(error?.code == .inconsistentReply)
    }
}
