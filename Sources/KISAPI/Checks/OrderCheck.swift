import PortfolioModel

/// The rules of order replies: the asked day, and quantities that add up.
enum OrderCheck {
    /// Checks one inquire-daily-ccld row against the asked `date`.
    static func daily(_ o: DailyOrder, label: String, operation: String, date: TradeDate) throws {
        let c = ReplyCheck(operation: operation, subject: "\(label) \(o.code)")
        try c.require(o.orderDate == date, "ord_dt \(o.orderDate.compact) is not the asked day \(date.compact)")
        for (value, field) in [
            (o.orderQuantity, "ord_qty"), (o.filledQuantity, "tot_ccld_qty"), (o.remainingQuantity, "rmn_qty"),
            (o.rejectedQuantity, "rjct_qty"), (o.orderPrice.won, "ord_unpr"), (o.filledAmount.won, "tot_ccld_amt"),
            (o.averageFillPrice.won, "avg_prvs"),
        ] { try c.nonNegative(value, field) }
        try c.require(
            o.filledQuantity <= o.orderQuantity, "tot_ccld_qty \(o.filledQuantity) exceeds ord_qty \(o.orderQuantity)")
        try c.require(
            o.remainingQuantity <= o.orderQuantity - o.filledQuantity,
            "rmn_qty \(o.remainingQuantity) exceeds ord_qty − tot_ccld_qty \(o.orderQuantity - o.filledQuantity)")
        try c.require(
            (o.filledQuantity == 0) == (o.filledAmount == .zero),
            "tot_ccld_amt \(o.filledAmount.won) does not match tot_ccld_qty \(o.filledQuantity)")
    }

    /// Each order number once in one answer (an order's fills are aggregated on its row).
    static func unique(_ numbers: [(branch: String, number: String)], operation: String) throws {
        var seen = Set<String>()
        for (branch, number) in numbers where !number.isEmpty {
            try ReplyCheck(operation: operation, subject: "output1")
                .require(seen.insert(branch + "-" + number).inserted, "odno \(number) appears on two rows")
        }
    }

    /// The `output2` totals of a one-page answer against its rows.
    static func totals(
        _ t: (orderQuantity: Int64, filledQuantity: Int64, filledAmount: Int64), orders: [DailyOrder], operation: String
    ) throws {
        let c = ReplyCheck(operation: operation, subject: "output2")
        let ordered = orders.reduce(Int64(0)) { $0 + $1.orderQuantity }
        let filled = orders.reduce(Int64(0)) { $0 + $1.filledQuantity }
        let amount = orders.reduce(Int64(0)) { $0 + $1.filledAmount.won }
        try c.require(
            t.orderQuantity == ordered, "tot_ord_qty \(t.orderQuantity) ≠ the sum of output1 ord_qty (\(ordered))")
        try c.require(
            t.filledQuantity == filled, "tot_ccld_qty \(t.filledQuantity) ≠ the sum of output1 tot_ccld_qty (\(filled))"
        )
        try c.require(
            t.filledAmount == amount, "tot_ccld_amt \(t.filledAmount) ≠ the sum of output1 tot_ccld_amt (\(amount))")
    }

    /// Checks one inquire-psbl-rvsecncl row.
    static func cancellable(_ o: UnfilledOrder, label: String, operation: String) throws {
        let c = ReplyCheck(operation: operation, subject: "\(label) \(o.code)")
        for (value, field) in [
            (o.orderQuantity, "ord_qty"), (o.filledQuantity, "tot_ccld_qty"), (o.cancellableQuantity, "psbl_qty"),
            (o.orderPrice.won, "ord_unpr"),
        ] { try c.nonNegative(value, field) }
        try c.require(
            o.filledQuantity + o.cancellableQuantity <= o.orderQuantity,
            "tot_ccld_qty + psbl_qty exceeds ord_qty \(o.orderQuantity)")
    }
}
