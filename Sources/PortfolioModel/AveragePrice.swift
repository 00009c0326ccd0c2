/// An average purchase price per share, which KIS reports with four decimals (`pchs_avg_pric` "65530.7006").
///
/// It is the one price that is not whole won, so it gets its own exact type instead of a `Double`.
package struct AveragePrice: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The price in ten-thousandths of a won.
    package var tenThousandths: Int64

    /// Creates a price from ten-thousandths of a won.
    package init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// Creates a price of exactly `won` won.
    package init(won: KRW) { tenThousandths = won.won * 10_000 }

    /// The average of `cost` over `quantity` shares, to four decimals (half away from zero); `nil` for no shares
    /// or on overflow.
    package init?(cost: KRW, quantity: Int64) {
        guard quantity > 0 else { return nil }
        let (scaled, overflow) = cost.won.multipliedReportingOverflow(by: 10_000)
        guard !overflow else { return nil }
        let half = scaled < 0 ? -(quantity / 2) : quantity / 2
        tenThousandths = (scaled + half) / quantity
    }

    /// Parses decimal text such as `"65530.7006"`.
    package init?(text: String) {
        guard let v = FixedPoint.parse(text, scale: 4) else { return nil }
        tenThousandths = v
    }

    /// The price rounded to whole won (half away from zero).
    package var roundedWon: KRW {
        let q = tenThousandths / 10_000
        let r = tenThousandths % 10_000
        return KRW(q + (r >= 5_000 ? 1 : (r <= -5_000 ? -1 : 0)))
    }

    /// Four-decimal text for storage, for example `65530.7006`.
    package var decimalText: String { FixedPoint.format(tenThousandths, scale: 4) }

    package static func < (lhs: AveragePrice, rhs: AveragePrice) -> Bool { lhs.tenThousandths < rhs.tenThousandths }

    /// Grouped with two decimals, for example `65,530.70원`.
    package var description: String {
        FixedPoint.format((tenThousandths + (tenThousandths >= 0 ? 50 : -50)) / 100, scale: 2, grouping: true) + "원"
    }

    package init(from decoder: any Decoder) throws {
        tenThousandths = try decoder.singleValueContainer().decode(Int64.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(tenThousandths)
    }
}
