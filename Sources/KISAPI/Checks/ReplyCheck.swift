import PortfolioModel

/// The rules a reply must satisfy before any of it is used: against itself (rows vs totals, OHLC order, signs)
/// and against the request (dates in the asked range).
///
/// Pure. A failed rule throws ``KISError/Code/inconsistentReply`` with one line naming the operation, the row,
/// the field and the rule, e.g. `inquire-daily-itemchartprice 005930 output2[3]: stck_clpr 61000 is below
/// stck_lwpr 61200`. Field values are prices, quantities and dates only: never an account number or a key.
struct ReplyCheck {
    /// The operation, for example `inquire-balance`.
    var operation: String
    /// What the row is, for example `005930 output2[3]` or `output1 005930`.
    var subject: String

    /// Fails with `rule` unless `condition` holds.
    func require(_ condition: Bool, _ rule: @autoclosure () -> String) throws {
        guard condition else { throw failure(rule()) }
    }

    /// The error for a broken rule.
    func failure(_ rule: String) -> KISError {
        KISError(.inconsistentReply, "\(operation) \(subject): \(rule)", operation: operation)
    }

    /// Fails unless `value` ≥ 0.
    func nonNegative(_ value: Int64, _ field: String) throws {
        try require(value >= 0, "\(field) \(value) is negative")
    }

    /// Fails unless `price` (a traded price of today) lies on the KRX grid of a stock or of an ETF/ETN; 0 passes
    /// (no trade yet).
    func onGrid(_ price: KRW, _ field: String) throws {
        try require(
            price == .zero || TickSize.isOnGrid(price) || TickSize.isOnGrid(price, kind: .etf),
            "\(field) \(price.won) is off the KRX price grid")
    }

    /// Fails unless `date` is a weekday (KRX never trades on a weekend).
    func weekday(_ date: TradeDate, _ field: String) throws {
        try require(!date.isWeekend, "\(field) \(date.compact) is a weekend")
    }

    /// Open, high, low and close of one bar: none negative, and, once the bar traded (any of open/high/low set),
    /// low ≤ open, close ≤ high.
    ///
    /// A bar with no trade (open, high and low 0, volume 0; KIS's halted day) only
    /// needs a close.
    func ohlc(open: KRW, high: KRW, low: KRW, close: KRW, volume: Int64, fields: OHLCFields) throws {
        for (value, name) in [(open, fields.open), (high, fields.high), (low, fields.low), (close, fields.close)] {
            try nonNegative(value.won, name)
        }
        try nonNegative(volume, fields.volume)
        if open == .zero, high == .zero, low == .zero, volume == 0 { return }
        try require(low.won > 0, "\(fields.low) is 0 while the bar traded")
        try require(low <= high, "\(fields.low) \(low.won) is above \(fields.high) \(high.won)")
        for (value, name) in [(open, fields.open), (close, fields.close)] {
            try require(value >= low, "\(name) \(value.won) is below \(fields.low) \(low.won)")
            try require(value <= high, "\(name) \(value.won) is above \(fields.high) \(high.won)")
        }
    }
}

/// KIS's names of a bar's fields, for the error line.
struct OHLCFields {
    var open = "stck_oprc"
    var high = "stck_hgpr"
    var low = "stck_lwpr"
    var close = "stck_clpr"
    var volume = "acml_vol"

    static let daily = OHLCFields()
    static let minute = OHLCFields(close: "stck_prpr", volume: "cntg_vol")
    static let quote = OHLCFields(close: "stck_prpr")
}
