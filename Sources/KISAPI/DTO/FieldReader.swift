import PortfolioModel

/// Converts a DTO's string fields to model values, naming the operation, row and field on any failure.
///
/// KIS sends every number as a string. A malformed or empty value where a number is required throws
/// `inquire-balance output1[3].hldg_qty: "12a" is not a number` — it is never read as 0. The field name comes
/// from the DTO's `CodingKey`, so KIS names stay in `CodingKeys` only.
struct FieldReader {
    /// The operation, for example `inquire-balance` or `inquire-balance page 2`.
    var operation: String
    /// The row, for example `output1[3]`.
    var row: String

    func int(_ value: String?, _ key: some CodingKey) throws -> Int64 {
        let text = try required(value, key)
        guard let scaled = FixedPoint.parse(text, scale: 4) else { throw invalid(key, text, "is not a number") }
        guard scaled % 10_000 == 0 else { throw invalid(key, text, "is not a whole number") }
        guard abs(scaled / 10_000) <= Self.largestWhole else { throw invalid(key, text, "is out of range") }
        return scaled / 10_000
    }

    /// No quantity or won amount of a retail account comes near 10^15 (a thousand trillion won); refusing
    /// larger values keeps every sum of a reply's amounts exact in `Int64`.
    static let largestWhole: Int64 = 1_000_000_000_000_000

    /// Whole won: `"61300"` or `"61300.00"`; a fraction such as `"61300.7"` is refused, never rounded.
    func krw(_ value: String?, _ key: some CodingKey) throws -> KRW {
        KRW(try int(value, key))
    }

    /// A derived average in won (`avg_prvs` = filled amount ÷ filled quantity), which KIS may send with a
    /// fraction; rounded half away from zero because the filled amount, not the average, is the money.
    func averageWon(_ value: String?, _ key: some CodingKey) throws -> KRW {
        try averagePrice(value, key).roundedWon
    }

    func percent(_ value: String?, _ key: some CodingKey) throws -> Percent {
        try parsed(value, key, "is not a number") { Percent(text: $0) }
    }

    func averagePrice(_ value: String?, _ key: some CodingKey) throws -> AveragePrice {
        let text = try required(value, key)
        let price = try parsed(text, key, "is not a number") { AveragePrice(text: $0) }
        let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        guard decimals <= 4 else { throw invalid(key, text, "has more than 4 decimals") }
        return price
    }

    func date(_ value: String?, _ key: some CodingKey) throws -> TradeDate {
        try parsed(value, key, "is not a date (YYYYMMDD)") { TradeDate($0) }
    }

    func time(_ value: String?, _ key: some CodingKey) throws -> KSTTime {
        try parsed(value, key, "is not a time (HHMMSS)") { KSTTime($0) }
    }

    func stockCode(_ value: String?, _ key: some CodingKey) throws -> StockCode {
        try parsed(value, key, "is not a stock code") { StockCode($0) }
    }

    func side(_ value: String?, _ key: some CodingKey) throws -> Side {
        try parsed(value, key, "is not 01 (sell) or 02 (buy)") { Side(kisCode: $0) }
    }

    /// A venue; a missing field (older TR generations) means KRX.
    func venue(_ value: String?, _ key: some CodingKey) throws -> Venue {
        guard let value else { return .krx }
        guard let venue = Venue(kisCode: value) else { throw invalid(key, value, "is not KRX, NXT or SOR") }
        return venue
    }

    /// `Y`/`N`; a missing or blank flag is `N`.
    func flag(_ value: String?, _ key: some CodingKey) throws -> Bool {
        switch (value ?? "").trimmingSpaces().uppercased() {
        case "Y": return true
        case "N", "": return false
        case let other: throw invalid(key, other, "is not Y or N")
        }
    }

    /// Free text, trimmed of KIS's padding; missing is empty.
    func text(_ value: String?) -> String { (value ?? "").trimmingSpaces() }

    /// An optional whole number: `nil` when missing or blank, an error when malformed.
    func optionalInt(_ value: String?, _ key: some CodingKey) throws -> Int64? {
        guard let value, !value.trimmingSpaces().isEmpty else { return nil }
        return try int(value, key)
    }

    /// `value`, which must be there and, when `allowBlank` is false, not blank.
    func required(_ value: String?, _ key: some CodingKey, allowBlank: Bool = true) throws -> String {
        guard let value, allowBlank || !value.trimmingSpaces().isEmpty else {
            throw KISError(.invalidField, "\(operation) \(row).\(key.stringValue) is missing", operation: operation)
        }
        return value
    }

    /// What `parse` makes of the field's text, which must be there; otherwise the field `problem`.
    private func parsed<Value>(
        _ value: String?, _ key: some CodingKey, _ problem: String, _ parse: (String) -> Value?
    ) throws -> Value {
        let text = try required(value, key)
        guard let parsed = parse(text) else { throw invalid(key, text, problem) }
        return parsed
    }

    private func invalid(_ key: some CodingKey, _ text: String, _ problem: String) -> KISError {
        let shown = text.count > 24 ? String(text.prefix(24)) + "…" : text
        return KISError(
            .invalidField, "\(operation) \(row).\(key.stringValue): \"\(shown)\" \(problem)", operation: operation)
    }
}
