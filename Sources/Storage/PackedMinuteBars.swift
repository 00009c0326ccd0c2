import Foundation
import LibPQ
import PortfolioModel

/// One stock's minute bars of one half hour as `min_price_packed.bars` holds them (migration 0010): 48 bytes a bar,
/// in strictly increasing minute order, each six big-endian `int8` in the binary protocol's form (the minute as
/// microseconds since 2000-01-01 UTC, then open, high, low, close and volume).
///
/// Read in one loop over the bytes: no array header, no per-value length word, no per-row call. A value is
/// checked as it is read (whole bars, minutes strictly increasing and finite, no negative price or volume), so a
/// damaged one fails as `.decodingFailed` instead of drawing a wrong chart.
struct PackedMinuteBars: PGBinaryDecodable, PGBinaryEncodable, Equatable {
    /// A bar as stored: the minute as the server stores it (microseconds), so merging matches `min_price`'s key.
    struct Bar: Equatable {
        var micros, open, high, low, close, volume: Int64
    }

    /// The bars, minutes strictly increasing.
    private(set) var bars: [Bar]

    static let barSize = 48

    /// A slot's length: half an hour, in microseconds.
    ///
    /// Slots start on multiples of it since 2000-01-01 UTC (`date_bin('30 minutes', minute, '2000-01-01
    /// 00:00+00')`), which KST midnights also fall on.
    static let slotMicros: Int64 = 30 * 60 * 1_000_000

    /// The start of the slot that holds `minute`, in microseconds since 2000-01-01 UTC.
    static func slot(of minute: Date) -> Int64 {
        let micros = minute.pgMicrosecondsSince2000
        let slot = micros / slotMicros * slotMicros
        return slot > micros ? slot - slotMicros : slot
    }

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
    /// new bars of one minute, the last wins. Linear after sorting the new bars (a light cycle's few appended
    /// minutes, or a full sync's day).
    init(merging new: [MinuteBar], into stored: PackedMinuteBars?) {
        // Sorted by minute, and by arrival within a minute, so the last of a minute's new bars comes last.
        let incoming = new.enumerated().map { index, bar in
            let minute = bar.minute.pgMicrosecondsSince2000
            return (
                index,
                Bar(
                    micros: minute, open: bar.open.won, high: bar.high.won, low: bar.low.won,
                    close: bar.close.won, volume: bar.volume)
            )
        }
        .sorted { ($0.1.micros, $0.0) < ($1.1.micros, $1.0) }
        .map(\.1)
        let old = stored?.bars ?? []
        var merged: [Bar] = []
        merged.reserveCapacity(old.count + incoming.count)
        var (i, j) = (0, 0)
        while i < old.count || j < incoming.count {
            if j == incoming.count || (i < old.count && old[i].micros < incoming[j].micros) {
                merged.append(old[i])
                i += 1
                continue
            }
            // The last of the new bars of this minute replaces any stored one.
            var last = incoming[j]
            while j + 1 < incoming.count, incoming[j + 1].micros == last.micros {
                j += 1
                last = incoming[j]
            }
            if i < old.count, old[i].micros == last.micros { i += 1 }
            merged.append(last)
            j += 1
        }
        bars = merged
    }

    /// Whether every bar lies in the slot that starts at `slot` (microseconds since 2000-01-01 UTC).
    func fits(slot: Int64) -> Bool {
        bars.allSatisfy { $0.micros >= slot && $0.micros < slot + Self.slotMicros }
    }

    /// Appends the bars, as bars of `code`, to `day`.
    func appendMinuteBars(of code: StockCode, to day: inout [MinuteBar]) {
        for bar in bars {
            day.append(
                MinuteBar(
                    code: code, minute: Date(pgMicrosecondsSince2000: bar.micros), open: KRW(bar.open),
                    high: KRW(bar.high), low: KRW(bar.low), close: KRW(bar.close), volume: bar.volume))
        }
    }

    /// A `bytea` field of a binary COPY: the length, then the bars.
    func appendPGBinary(to buffer: inout [UInt8]) {
        appendBigEndian(Int32(bars.count * Self.barSize), to: &buffer)
        for bar in bars {
            appendBigEndian(bar.micros, to: &buffer)
            appendBigEndian(bar.open, to: &buffer)
            appendBigEndian(bar.high, to: &buffer)
            appendBigEndian(bar.low, to: &buffer)
            appendBigEndian(bar.close, to: &buffer)
            appendBigEndian(bar.volume, to: &buffer)
        }
    }
}
