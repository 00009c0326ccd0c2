import Testing

@testable import KISSimulator

@Suite struct OrderRejectionTests {
    /// (price, real code, paper code) for the thin stock, base 9,980 → limits 12,970 / 6,990.
    @Test(arguments: [
        (9_985, "APBK0506", "40030000"), (12_980, "APBK0406", "40270000"), (6_980, "APBK0406", "40270000"),
        (12_970, "APBK0013", "40600000"), (6_990, "APBK0013", "40600000"),
    ])
    func tickThenBandAreChecked(_ price: Int, _ real: String, _ paper: String) async throws {
        let h = try OrderScenario.harness()
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: price).code == real)
        #expect(await h.order(.paper, OrderScenario.thin, qty: 1, price: price).code == paper)
    }

    @Test func textsFollowTheTable() async throws {
        let h = try OrderScenario.harness()
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 9_985).message == "주식주문호가단위 오류입니다.")
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 12_980).message == "주문가격이 상한가를 초과합니다")
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 6_980).message == "주문가격이 하한가 미만입니다")
        #expect(await h.order(.paper, OrderScenario.thin, qty: 1, price: 6_980).message == "모의투자 상/하한가 오류")
        #expect(await h.order(.real, "999999", qty: 1, price: 1_000).code == "APBK0656")
    }

    @Test func etfTradesOnTheFiveWonGrid() async throws {
        let h = try OrderScenario.harness()
        #expect(await h.order(.real, OrderScenario.etf, qty: 1, price: 10_005).code == "APBK0013")
        #expect(await h.order(.real, OrderScenario.flagged, qty: 1, price: 10_005).code == "APBK0013")
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 10_005).code == "APBK0506")
    }

    @Test func marketBuyReservesTheUpperLimit() async throws {
        // 77 × 12,970 = 998,690 fits in 1,000,000; 78 × 12,970 does not, although 78 × ~10,000 would.
        let h = try OrderScenario.harness(paperCash: 1_000_000)
        let refused = await h.order(.paper, OrderScenario.thin, qty: 78, type: "01")
        #expect(refused.code == "40250000")
        #expect(refused.message == "모의투자 주문가능금액이 부족합니다.")
        #expect(refused.rtCode == "1")
        #expect(await h.order(.paper, OrderScenario.thin, qty: 77, type: "01").code == "40600000")
    }

    @Test func cashIsCheckedAfterTheBand() async throws {
        let h = try OrderScenario.harness(paperCash: 1_000)
        #expect(await h.order(.paper, OrderScenario.thin, qty: 1, price: 12_980).code == "40270000")
        #expect(await h.order(.paper, OrderScenario.thin, qty: 1, price: 9_980).code == "40250000")
    }

    @Test func sellsAreLimitedToTheSellableQuantity() async throws {
        let h = try OrderScenario.harness()
        let real = await h.order(.real, OrderScenario.thin, qty: 501, price: 9_980, sell: true)
        #expect(real.code == "APBK0400")
        #expect(real.message == "주문 가능한 수량을 초과했습니다.")
        #expect(real.rtCode == "7")
        #expect(await h.order(.paper, OrderScenario.thin, qty: 501, price: 9_980, sell: true).code == "40240000")
        #expect(await h.order(.real, OrderScenario.thin, qty: 300, price: 12_970, sell: true).code == "APBK0013")
        let rest = await h.order(.real, OrderScenario.thin, qty: 201, price: 12_970, sell: true)
        #expect(rest.code == "APBK0400", "300 are tied up in the open sell")
    }

    @Test func everyRefusalCaseHasRealAndPaperTexts() {
        for refusal in OrderRefusal.allCases {
            let entry = OrderMessages.standard.table[refusal]
            #expect(entry != nil, "\(refusal)")
            #expect(entry?.paper.text.hasPrefix("모의투자") == true, "\(refusal)")
            #expect(entry?.real.code.hasPrefix("APBK") == true, "\(refusal)")
        }
    }
}
