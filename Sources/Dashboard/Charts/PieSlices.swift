package import PortfolioModel

/// The pie's slices: the largest holdings, the rest folded into 기타, and cash as its own slice.
package struct PieSlice: Sendable, Hashable {
    package var label: String
    package var amount: KRW
    /// Share of the whole pie.
    package var share: Percent
    /// `true` for the cash and 기타 slices (drawn in neutral colours).
    package var isAggregate: Bool

    /// Folds `holdings` (by evaluation amount) and `cash` into at most `maxSlices` holding slices plus 기타 and cash;
    /// holdings under `minimumPercent` of the whole also fold into 기타.
    package static func slices(
        holdings: [Holding], cash: KRW, maxSlices: Int, minimumPercent: Double
    ) -> [PieSlice] {
        let positive = holdings.filter { $0.evaluationAmount.won > 0 }
            .sorted { ($0.evaluationAmount.won, $1.code.rawValue) > ($1.evaluationAmount.won, $0.code.rawValue) }
        let cashAmount = max(cash.won, 0)
        let total = positive.reduce(cashAmount) { $0 + $1.evaluationAmount.won }
        guard total > 0 else { return [] }
        func share(_ won: Int64) -> Percent { Percent.ratio(won, total) ?? .zero }
        var result: [PieSlice] = []
        var rest: [Holding] = []
        for holding in positive {
            let big = Double(holding.evaluationAmount.won) / Double(total) * 100 >= minimumPercent
            if result.count < maxSlices && big {
                result.append(
                    PieSlice(
                        label: holding.name, amount: holding.evaluationAmount,
                        share: share(holding.evaluationAmount.won), isAggregate: false))
            } else {
                rest.append(holding)
            }
        }
        if !rest.isEmpty {
            let amount = rest.reduce(0) { $0 + $1.evaluationAmount.won }
            result.append(
                PieSlice(label: "기타 \(rest.count)종목", amount: KRW(amount), share: share(amount), isAggregate: true))
        }
        if cashAmount > 0 {
            result.append(
                PieSlice(label: "현금 (D+2)", amount: KRW(cashAmount), share: share(cashAmount), isAggregate: true))
        }
        return result
    }
}
