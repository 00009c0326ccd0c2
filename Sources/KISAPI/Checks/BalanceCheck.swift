import PortfolioModel

/// The rules of an inquire-balance reply (SPEC §5.1), and the combining of a stock's rows.
///
/// With `INQR_DVSN=01` KIS returns one row per holding *per loan date*, so one stock can arrive on several rows;
/// they are one position and are added up (quantities and amounts summed, the average recomputed from the summed
/// cost). Every row must hold KIS's own identities — value = price × quantity, P/L = value − cost,
/// cost ≈ average × quantity — and the rows must add up to the account totals of `output2`.
enum BalanceCheck {
    static let operation = "inquire-balance"

    /// Checks one row; `label` is `output1[3]` (page-qualified when paged).
    static func row(_ h: Holding, label: String) throws {
        let c = ReplyCheck(operation: operation, subject: "\(label) \(h.code)")
        try c.nonNegative(h.quantity, "hldg_qty")
        try c.nonNegative(h.orderableQuantity, "ord_psbl_qty")
        try c.require(
            h.orderableQuantity <= h.quantity, "ord_psbl_qty \(h.orderableQuantity) exceeds hldg_qty \(h.quantity)")
        for (value, field) in [
            (h.purchaseAmount.won, "pchs_amt"), (h.currentPrice.won, "prpr"), (h.evaluationAmount.won, "evlu_amt"),
            (h.averagePrice.tenThousandths, "pchs_avg_pric"), (h.todayBoughtQuantity, "thdt_buyqty"),
            (h.todaySoldQuantity, "thdt_sll_qty"),
        ] { try c.nonNegative(value, field) }
        let (value, overflow) = h.currentPrice.won.multipliedReportingOverflow(by: h.quantity)
        try c.require(
            !overflow && value == h.evaluationAmount.won, "evlu_amt \(h.evaluationAmount.won) ≠ prpr × hldg_qty")
        try c.require(
            h.profitLoss == h.evaluationAmount - h.purchaseAmount,
            "evlu_pfls_amt \(h.profitLoss.won) ≠ evlu_amt − pchs_amt \((h.evaluationAmount - h.purchaseAmount).won)")
        guard h.quantity > 0 else { return }
        try c.require(h.currentPrice.won > 0, "prpr is 0 for a held stock")
        let (cost, costOverflow) = h.averagePrice.tenThousandths.multipliedReportingOverflow(by: h.quantity)
        // The average carries four decimals, so average × quantity may differ from the cost by the rounding.
        let slack = h.quantity / 2 + 10_000
        try c.require(
            !costOverflow && abs(cost - h.purchaseAmount.won * 10_000) <= slack,
            "pchs_amt \(h.purchaseAmount.won) ≠ pchs_avg_pric × hldg_qty")
        try c.onGrid(h.currentPrice, "prpr")
        try c.onGrid(h.previousClose, "prpr − bfdy_cprs_icdc (the base price)")
        if let rate = Percent.ratio(h.dayChange.won, h.previousClose.won) {
            try c.require(
                abs(rate.hundredths - h.dayChangeRate.hundredths) <= 1,
                "fltt_rt \(h.dayChangeRate.decimalText) ≠ bfdy_cprs_icdc ÷ (prpr − bfdy_cprs_icdc) (\(rate.decimalText))"
            )
        }
        if let rate = Percent.ratio(h.profitLoss.won, h.purchaseAmount.won) {
            try c.require(
                abs(rate.hundredths - h.profitLossRate.hundredths) <= 1,
                "evlu_pfls_rt \(h.profitLossRate.decimalText) ≠ evlu_pfls_amt ÷ pchs_amt (\(rate.decimalText))")
        }
    }

    /// Combines the rows of each stock into one, in first-seen order.
    static func combine(_ rows: [Holding]) throws -> [Holding] {
        var order: [StockCode] = []
        var byCode: [StockCode: Holding] = [:]
        for row in rows {
            guard let seen = byCode[row.code] else {
                order.append(row.code)
                byCode[row.code] = row
                continue
            }
            byCode[row.code] = try merged(seen, row)
        }
        return order.compactMap { byCode[$0] }
    }

    private static func merged(_ a: Holding, _ b: Holding) throws -> Holding {
        let c = ReplyCheck(operation: operation, subject: "output1 \(a.code) (rows per loan date)")
        try c.require(
            a.currentPrice == b.currentPrice, "prpr differs between rows (\(a.currentPrice.won), \(b.currentPrice.won))"
        )
        try c.require(a.dayChange == b.dayChange, "bfdy_cprs_icdc differs between rows")
        var m = a
        m.quantity += b.quantity
        m.orderableQuantity += b.orderableQuantity
        m.purchaseAmount = a.purchaseAmount + b.purchaseAmount
        m.evaluationAmount = a.evaluationAmount + b.evaluationAmount
        m.profitLoss = a.profitLoss + b.profitLoss
        m.todayBoughtQuantity += b.todayBoughtQuantity
        m.todaySoldQuantity += b.todaySoldQuantity
        if let average = AveragePrice(cost: m.purchaseAmount, quantity: m.quantity) { m.averagePrice = average }
        m.profitLossRate = Percent.ratio(m.profitLoss.won, m.purchaseAmount.won) ?? .zero
        return m
    }
}
