import Foundation
import LibPQ
import PortfolioModel

/// One stock's minute bars of one half hour as `min_price_packed.bars` holds them (migration 0010): 48 bytes a bar,
/// in strictly increasing minute order, each six big-endian `int8` in the binary protocol's form (the minute as
/// microseconds since 2000-01-01 UTC, then open, high, low, close and volume).
///
/// Kept as the bytes the server sent and read in one loop over them when used: no array header, no per-value
/// length word, no per-row call, no intermediate array. Every read checks each bar (minutes strictly increasing
/// and finite, no negative price or volume), so a damaged value fails as `.decodingFailed` instead of drawing a
/// wrong chart.
struct PackedMinuteBars: PGBinaryDecodable, PGBinaryEncodable, Equatable {
    /// A bar as stored: the minute as the server stores it (microseconds), so merging matches `min_price`'s key.
    struct Bar: Equatable {
        var micros, open, high, low, close, volume: Int64
    }

    /// The packed bars: a whole number of 48-byte bars, checked when read.
    private let bytes: [UInt8]

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
        self.bytes = Array(bytes)
    }

    /// The number of bars.
    var count: Int { bytes.count / Self.barSize }

    /// Calls `body` with each bar, first to last, checking each as it goes.
    ///
    /// - Throws: `PGError` `.decodingFailed` naming the first bar out of order, infinite or negative.
    func forEachBar(_ body: (Bar) -> Void) throws {
        var last = Int64.min
        try bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                let start = index * Self.barSize
                func field(_ n: Int) -> Int64 {
                    Int64(bigEndian: raw.loadUnaligned(fromByteOffset: start + 8 * n, as: Int64.self))
                }
                let bar = Bar(
                    micros: field(0), open: field(1), high: field(2), low: field(3), close: field(4), volume: field(5))
                guard bar.micros > last, bar.micros != .max,
                    min(bar.open, bar.high, bar.low, bar.close, bar.volume) >= 0
                else {
                    throw PGError(
                        code: .decodingFailed,
                        message: "packed minute bar \(index) is out of order, infinite or negative")
                }
                last = bar.micros
                body(bar)
            }
        }
    }

    /// The bars, checked (``forEachBar(_:)``).
    func bars() throws -> [Bar] {
        var bars: [Bar] = []
        bars.reserveCapacity(count)
        try forEachBar { bars.append($0) }
        return bars
    }

    /// Merges `new` bars into `stored` ones.
    ///
    /// A new bar replaces a stored one of the same minute, as the upsert into `min_price` replaces its row; of two
    /// new bars of one minute, the last wins. Linear after sorting the new bars (a light cycle's few appended
    /// minutes, or a full sync's day).
    init(merging new: [MinuteBar], into stored: PackedMinuteBars?) throws {
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
        let old = try stored?.bars() ?? []
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(merged.count * Self.barSize)
        for bar in merged {
            appendBigEndian(bar.micros, to: &bytes)
            appendBigEndian(bar.open, to: &bytes)
            appendBigEndian(bar.high, to: &bytes)
            appendBigEndian(bar.low, to: &bytes)
            appendBigEndian(bar.close, to: &bytes)
            appendBigEndian(bar.volume, to: &bytes)
        }
        self.bytes = bytes
    }

    /// Appends the bars, as bars of `code`, to `day`, checking each and that all lie in the slot that starts at
    /// `slot` (microseconds since 2000-01-01 UTC).
    ///
    /// - Returns: `false` when a bar lies outside the slot; the caller then fails the read.
    /// - Throws: `PGError` `.decodingFailed` for a bar out of order, infinite or negative.
    func appendMinuteBars(of code: StockCode, slot: Int64, to day: inout [MinuteBar]) throws -> Bool {
        var inside = true
        try forEachBar { bar in
            inside = inside && bar.micros >= slot && bar.micros < slot + Self.slotMicros
            day.append(
                MinuteBar(
                    code: code, minute: Date(pgMicrosecondsSince2000: bar.micros), open: KRW(bar.open),
                    high: KRW(bar.high), low: KRW(bar.low), close: KRW(bar.close), volume: bar.volume))
        }
        return inside
    }

    /// A `bytea` field of a binary COPY: the length, then the bars.
    func appendPGBinary(to buffer: inout [UInt8]) {
        appendBigEndian(Int32(bytes.count), to: &buffer)
        buffer.append(contentsOf: bytes)
    }
}
