package import LibPQ
package import PortfolioModel

// Binary-format conversions for the bulk paths: the dashboard's bar reads and the minute-bar COPY.

extension KRW: PGBinaryDecodable, PGBinaryEncodable {
    package static var pgBinaryTypes: [PGType] { Int64.pgBinaryTypes }
    package init(pgBinary bytes: UnsafeRawBufferPointer) throws { self.init(try Int64(pgBinary: bytes)) }
    package func appendPGBinary(to buffer: inout [UInt8]) { won.appendPGBinary(to: &buffer) }
}

extension StockCode: PGBinaryDecodable, PGBinaryEncodable {
    package static var pgBinaryTypes: [PGType] { String.pgBinaryTypes }

    package init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        guard let code = StockCode(String(pgBinary: bytes)) else {
            throw PGError(code: .decodingFailed, message: "not a stock code")
        }
        self = code
    }

    package func appendPGBinary(to buffer: inout [UInt8]) { rawValue.appendPGBinary(to: &buffer) }
}

extension TradeDate: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { [.date] }

    /// A `date`: days since 2000-01-01 as a big-endian `Int32` (`infinity` does not fit `Int32` days and throws).
    package init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        let days = try bigEndianInteger(bytes, exactly: 4)
        guard days != Int64(Int32.max), days != Int64(Int32.min) else {
            throw PGError(code: .decodingFailed, message: "an infinite date")
        }
        self.init(daysSinceEpoch: Int(days) + Self.daysFrom1970To2000)
    }

    private static let daysFrom1970To2000 = 10_957
}
