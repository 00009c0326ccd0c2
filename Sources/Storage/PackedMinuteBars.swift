import Foundation
import LibPQ
import PortfolioModel

/// One stock's minute bars of one day as `min_price_day.bars` holds them (migration 0010): 48 bytes a bar, in
/// strictly increasing minute order, each six big-endian `int8` in the binary protocol's form (the minute as
/// microseconds since 2000-01-01 UTC, then open, high, low, close and volume).
///
/// Read in one loop over the bytes: no array header, no per-value length word, no per-row call. A value is
/// checked as it is read (whole bars, minutes strictly increasing and finite, no negative price or volume), so a
/// damaged one fails as `.decodingFailed` instead of drawing a wrong chart.
struct PackedMinuteBars: PGBinaryDecodable, PGEncodable, Equatable {
    /// A bar as stored: the minute as the server stores it (microseconds), so merging matches `min_price`'s key.
    struct Bar: Equatable {
        var micros, open, high, low, close, volume: Int64
    }

    /// The bars, minutes strictly increasing.
    private(set) var bars: [Bar]

    static let barSize = 48

    static var pgBinaryTypes: [PGType] { [.bytea] }

    init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count % Self.barSize == 0 else {
            throw PGError(code: .decodingFailed, message: "packed minute bars of \(bytes.count) bytes, not whole bars")
        }
        bars = []
        bars.reserveCapacity(bytes.count / Self.barSize)
        for start in stride(from: 0, to: bytes.count, by: Self.barSize) {
            func field(_ n: Int) -> Int64 {
                Int64(bigEndian: bytes.loadUnaligned(fromByteOffset: start + 8 * n, as: Int64.self))
            }
            let bar = Bar(
                micros: field(0), open: field(1), high: field(2), low: field(3), close: field(4), volume: field(5))
            guard bar.micros > (bars.last?.micros ?? .min), bar.micros != .max,
                min(bar.open, bar.high, bar.low, bar.close, bar.volume) >= 0
            else {
                throw PGError(
                    code: .decodingFailed,
                    message: "packed minute bar \(bars.count) is out of order, infinite or negative")
            }
            bars.append(bar)
        }
    }

    /// Merges `new` bars into `stored` ones.
    ///
    /// A new bar replaces a stored one of the same minute, as the upsert into `min_price` replaces its row; of two
    /// new bars of one minute, the last wins.
    init(merging new: some Sequence<MinuteBar>, into stored: PackedMinuteBars?) {
        var byMinute = Dictionary(uniqueKeysWithValues: (stored?.bars ?? []).map { ($0.micros, $0) })
        for bar in new {
            let micros = bar.minute.pgMicrosecondsSince2000
            byMinute[micros] = Bar(
                micros: micros, open: bar.open.won, high: bar.high.won, low: bar.low.won, close: bar.close.won,
                volume: bar.volume)
        }
        bars = byMinute.values.sorted { $0.micros < $1.micros }
    }

    /// The bars, as bars of `code`.
    func minuteBars(of code: StockCode) -> [MinuteBar] {
        bars.map {
            MinuteBar(
                code: code, minute: Date(pgMicrosecondsSince2000: $0.micros), open: KRW($0.open), high: KRW($0.high),
                low: KRW($0.low), close: KRW($0.close), volume: $0.volume)
        }
    }

    /// The `bytea` text input (`\\x` and hex digits), for a text parameter: the write needs no staging table, whose
    /// column would compress what `min_price_day` stores uncompressed.
    var pgText: String? {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = Array(#"\x"#.utf8)
        out.reserveCapacity(2 + bars.count * Self.barSize * 2)
        func append(_ value: Int64) {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((value >> shift) & 0xF)]) }
        }
        for bar in bars {
            append(bar.micros)
            append(bar.open)
            append(bar.high)
            append(bar.low)
            append(bar.close)
            append(bar.volume)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
