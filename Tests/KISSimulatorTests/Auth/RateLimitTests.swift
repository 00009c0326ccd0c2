import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct RateLimitTests {
    @Test func paperAllowsOneCallPerSecond() async throws {
        let clock = TestClock()
        let h = try SimHarness(
            limits: SimulatorLimits(realRate: 18, paperRate: 1, tokenIssueInterval: 0), clock: clock)
        let token = await h.token(.paper)
        let query = quoteQuery("005930")
        #expect(await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: query).status == 200)
        let refused = await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: query)
        #expect(refused.status == 500)
        #expect(refused.code == "EGW00201")
        #expect(refused.json["msg1"] as? String == "초당 거래건수를 초과하였습니다.")
        clock.advance(by: .milliseconds(999))
        let stillInWindow = await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: query)
        #expect(stillInWindow.code == "EGW00201", "the first call holds the window for a whole second")
        clock.advance(by: .milliseconds(1))
        #expect(await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: query).status == 200)
        #expect(await h.control.stats().paper.rejected["EGW00201"] == 2)
    }

    @Test func realAllowsEighteenCallsInAWindow() async throws {
        let h = try SimHarness(limits: SimulatorLimits(realRate: 18, paperRate: 1, tokenIssueInterval: 0))
        let token = await h.token(.real)
        var statuses: [Int] = []
        for _ in 0..<20 {
            statuses.append(
                await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930")).status)
        }
        #expect(statuses.prefix(18).allSatisfy { $0 == 200 })
        #expect(statuses.suffix(2).allSatisfy { $0 == 500 })
    }

    @Test func refusedCallIsNotExecuted() async throws {
        let h = try SimHarness(limits: SimulatorLimits(realRate: 1, paperRate: 1, tokenIssueInterval: 0))
        let token = await h.token(.paper)
        _ = await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930"))
        let order = await h.post(
            .paper, .orderCash, trID: "VTTC0012U", token: token,
            body: orderBody(h, .paper, "035720", qty: 1, price: "50000"))
        #expect(order.code == "EGW00201")
        let account = try #require(await h.control.account(.paper))
        #expect(account.orders.count == 2, "no order was booked")
    }
}
