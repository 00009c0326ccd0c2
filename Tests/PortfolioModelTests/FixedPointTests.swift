import Testing

@testable import PortfolioModel

@Suite struct FixedPointTests {
    @Test(arguments: [
        ("65530.7006", 4, Int64(655_307_006)), ("-3.77", 2, -377), ("0.00000000", 2, 0), ("4.685", 2, 469),
        ("-4.685", 2, -469), ("  62400 ", 0, 62_400), ("+1.5", 1, 15), (".5", 2, 50), ("7.", 2, 700),
    ])
    func parsesExactly(text: String, scale: Int, expected: Int64) {
        #expect(FixedPoint.parse(text, scale: scale) == expected)
    }

    @Test(arguments: ["", " ", "-", "1.2.3", "12a", "1,000", "NaN", "99999999999999999999"])
    func rejectsMalformed(text: String) {
        #expect(FixedPoint.parse(text, scale: 2) == nil)
    }

    @Test func formatsWithGrouping() {
        #expect(FixedPoint.format(655_307_006, scale: 4) == "65530.7006")
        #expect(FixedPoint.format(-377, scale: 2) == "-3.77")
        #expect(FixedPoint.format(123_456_789, scale: 2, grouping: true) == "1,234,567.89")
        #expect(KRW(1_234_567).description == "1,234,567원")
        #expect(KRW(-1_000).description == "-1,000원")
    }

    @Test func percentRatioRoundsHalfAwayFromZero() {
        #expect(Percent.ratio(1, 3)?.description == "+33.33%")
        #expect(Percent.ratio(-2, 3)?.description == "-66.67%")
        #expect(Percent.ratio(1, 0) == nil)
        #expect(Percent(text: "-3.775")?.hundredths == -378)
    }

    @Test func averagePriceRounds() {
        let p = AveragePrice(text: "65530.7006")
        #expect(p?.roundedWon == KRW(65_531))
        #expect(p?.description == "65,530.70원")
    }
}
