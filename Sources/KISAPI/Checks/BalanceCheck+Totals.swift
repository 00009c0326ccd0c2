import PortfolioModel

extension BalanceCheck {
    /// The account totals of `output2` against the rows of `output1` (before combining).
    /// - Parameters:
    ///   - summary: `output2[0]`.
    ///   - rowsEvaluation: `evlu_amt_smtl_amt`, when KIS sent it.
    ///   - rows: Every `output1` row of every page.
    /// - Throws: ``KISError`` `.inconsistentReply` naming the total and the sum.
    static func totals(_ summary: AccountSummary, rowsEvaluation: KRW?, rows: [Holding]) throws {
        let c = ReplyCheck(operation: operation, subject: "output2")
        func sum(_ amount: (Holding) -> KRW) -> Int64? {
            var total: Int64 = 0
            for row in rows {
                let (next, overflow) = total.addingReportingOverflow(amount(row).won)
                guard !overflow else { return nil }
                total = next
            }
            return total
        }
        let held = rows.contains { $0.quantity > 0 }
        try c.require(
            held || summary.stockEvaluation == .zero,
            "scts_evlu_amt \(summary.stockEvaluation.won) but output1 holds no stock")
        if let rowsEvaluation {
            try c.require(
                sum(\.evaluationAmount) == rowsEvaluation.won,
                "evlu_amt_smtl_amt \(rowsEvaluation.won) ≠ the sum of output1 evlu_amt (\(sum(\.evaluationAmount) ?? 0))"
            )
        }
        try c.require(
            sum(\.purchaseAmount) == summary.totalPurchase.won,
            "pchs_amt_smtl_amt \(summary.totalPurchase.won) ≠ the sum of output1 pchs_amt (\(sum(\.purchaseAmount) ?? 0))"
        )
        try c.require(
            sum(\.profitLoss) == summary.totalProfitLoss.won,
            "evlu_pfls_smtl_amt \(summary.totalProfitLoss.won) ≠ the sum of output1 evlu_pfls_amt (\(sum(\.profitLoss) ?? 0))"
        )
    }

    /// The identities of an account without loans or CMA (SPEC §5.1): total = securities + D+2 cash, and the
    /// change in assets = total − yesterday's total.
    static func cashIdentities(_ s: AccountSummary) throws {
        let c = ReplyCheck(operation: operation, subject: "output2")
        try c.require(
            s.totalEvaluation == s.stockEvaluation + s.availableCash,
            "tot_evlu_amt \(s.totalEvaluation.won) ≠ scts_evlu_amt + prvs_rcdl_excc_amt \((s.stockEvaluation + s.availableCash).won)"
        )
        try c.require(
            s.assetChange == s.totalEvaluation - s.previousTotalAssets,
            "asst_icdc_amt \(s.assetChange.won) ≠ tot_evlu_amt − bfdy_tot_asst_evlu_amt \((s.totalEvaluation - s.previousTotalAssets).won)"
        )
    }
}
