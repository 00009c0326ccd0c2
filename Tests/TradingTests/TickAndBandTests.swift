import PortfolioModel
import Testing

@Suite struct TickAndBandTests {
    @Test(
        arguments: [
            (1_999, 1), (2_000, 5), (4_995, 5), (5_000, 10), (19_990, 10), (20_000, 50), (49_950, 50), (50_000, 100),
            (199_900, 100), (200_000, 500), (499_500, 500), (500_000, 1_000),
        ] as [(Int64, Int64)])
    func tickFollowsThe2023Table(price: Int64, tick: Int64) {
        #expect(TickSize.tick(at: KRW(price)) == KRW(tick))
        #expect(TickSize.isOnGrid(KRW(price)))
    }

    @Test func exchangeTradedProductsTickInFiveWon() {
        #expect(TickSize.tick(at: KRW(35_000), kind: .etf) == KRW(5))
        #expect(TickSize.isOnGrid(KRW(35_005), kind: .etf))
        #expect(!TickSize.isOnGrid(KRW(35_005), kind: .stock))
        #expect(!TickSize.isOnGrid(KRW(35_003), kind: .etn))
    }

    @Test(
        arguments: [(9_980, 12_970, 6_990), (61_700, 80_200, 43_200), (9_940, 12_920, 6_960)] as [(Int64, Int64, Int64)]
    )
    func bandIsComputedTheKRXWay(base: Int64, upper: Int64, lower: Int64) {
        let limits = PriceLimits(base: KRW(base))
        #expect(limits.upper == KRW(upper))
        #expect(limits.lower == KRW(lower))
    }

    @Test func neighboursOfAnOffGridPriceAreOnTheGrid() {
        let (below, above) = TickSize.neighbours(of: KRW(52_050))
        #expect(below == KRW(52_000) && above == KRW(52_100))
        #expect(TickSize.neighbours(of: KRW(52_000)) == (KRW(52_000), KRW(52_000)))
    }
}
