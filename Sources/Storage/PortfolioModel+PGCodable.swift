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

extension Side: PGEncodable, PGDecodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws { self = try parsed(Side(rawValue: pgText), "BUY or SELL") }
}

extension Venue: PGEncodable, PGDecodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws { self = try parsed(Venue(rawValue: pgText), "a venue") }
}

extension TradingMode: PGEncodable, PGDecodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws { self = try parsed(TradingMode(rawValue: pgText), "a trading mode") }
}

extension AccountNumber: PGEncodable, PGDecodable {
    /// The digits (`12345678-01`): binds are never logged or shown in errors.
    package var pgText: String? { storageKey }
    package init(pgText: String) throws { self = try parsed(AccountNumber(pgText), "an account number") }
}

/// Unwraps a failable model initializer, or throws a decoding error that does not repeat the value.
private func parsed<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw PGError(code: .decodingFailed, message: "not \(what)") }
    return value
}
