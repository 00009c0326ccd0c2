import LibPQ
import PortfolioModel

// Row <-> model conversions at the Storage boundary. Money binds as integer won, rates and average prices as
// exact decimal text (numeric), dates as ISO text, times as HH:MM:SS: never through floating point.

extension KRW: PGEncodable, PGDecodable {
    package var pgText: String? { String(won) }
    package init(pgText: String) throws { self.init(try Int64(pgText: pgText)) }
}

extension Percent: PGEncodable, PGDecodable {
    package var pgText: String? { decimalText }
    package init(pgText: String) throws { self = try parsed(Percent(text: pgText), "a percentage") }
}

extension AveragePrice: PGEncodable, PGDecodable {
    package var pgText: String? { decimalText }
    package init(pgText: String) throws { self = try parsed(AveragePrice(text: pgText), "an average price") }
}

extension TradeDate: PGEncodable, PGDecodable {
    package var pgText: String? { iso }
    package init(pgText: String) throws { self = try parsed(TradeDate(pgText), "a date") }
}

extension KSTTime: PGEncodable, PGDecodable {
    package var pgText: String? { colonSeparated }
    package init(pgText: String) throws { self = try parsed(KSTTime(pgText), "a time of day") }
}

extension StockCode: PGEncodable, PGDecodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws { self = try parsed(StockCode(pgText), "a stock code") }
}

extension Side: PGRawValueCodable {
    fileprivate static let pgDescription = "BUY or SELL"
}

extension Venue: PGRawValueCodable {
    fileprivate static let pgDescription = "a venue"
}

extension TradingMode: PGRawValueCodable {
    fileprivate static let pgDescription = "a trading mode"
}

extension AccountNumber: PGEncodable, PGDecodable {
    /// The digits (`12345678-01`): binds are never logged or shown in errors.
    package var pgText: String? { storageKey }
    package init(pgText: String) throws { self = try parsed(AccountNumber(pgText), "an account number") }
}

/// A model enum stored as its raw value (`BUY`, `KRX`, `paper`), refusing any other text when read back.
private protocol PGRawValueCodable: PGEncodable, PGDecodable, RawRepresentable where RawValue == String {
    /// What the column holds, for the decoding error (`a venue`).
    static var pgDescription: String { get }
}

extension PGRawValueCodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws { self = try parsed(Self(rawValue: pgText), Self.pgDescription) }
}

/// Unwraps a failable model initializer, or throws a decoding error that does not repeat the value.
private func parsed<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw PGError(code: .decodingFailed, message: "not \(what)") }
    return value
}
