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
