/// Numbers written the way Cairo 1.16 writes them into a PDF (`_cairo_dtostr`), so a drawing written by
/// ``PDFContent`` rasterizes like Cairo's own.
enum PDFNumber {
    /// A coordinate on Cairo's grid (256ths of a point) with three decimals, as `%.3f` rounds (to nearest, ties to
    /// even), trailing zeros and point dropped: `123.25`, `10.969`, `0`.
    static func append(fixed value: Int64, to out: inout [UInt8]) {
        let magnitude = value.magnitude * 1000
        var thousandths = magnitude / 256
        let remainder = magnitude % 256
        if remainder > 128 || (remainder == 128 && thousandths % 2 == 1) { thousandths += 1 }
        if value < 0 && thousandths > 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(whole: thousandths / 1000, fraction: thousandths % 1000, digits: 3, to: &out)
    }

    /// A colour component, width or alpha with six decimals (`%f`), trailing zeros and point dropped.
    static func append(_ value: Double, to out: inout [UInt8]) {
        // Colours, widths and sizes are never this large, nor anything but numbers; a PDF number is, whatever comes.
        let value = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let millionths = (value.magnitude * 1_000_000).rounded(.toNearestOrEven)
        let scaled = UInt64(millionths)
        if value < 0 && scaled > 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(whole: scaled / 1_000_000, fraction: scaled % 1_000_000, digits: 6, to: &out)
    }

    /// `values` as ``append(_:to:)`` writes them, separated by spaces.
    static func text(_ values: Double...) -> String {
        var out: [UInt8] = []
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: " ")) }
            append(value, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendDecimal(whole: UInt64, fraction: UInt64, digits: Int, to out: inout [UInt8]) {
        appendInteger(whole, to: &out)
        guard fraction > 0 else { return }
        out.append(UInt8(ascii: "."))
        var fraction = fraction
        var width = digits
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var text = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        for index in text.indices.reversed() {
            text[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        out.append(contentsOf: text)
    }

    private static func appendInteger(_ value: UInt64, to out: inout [UInt8]) {
        guard value >= 10 else { return out.append(UInt8(ascii: "0") + UInt8(value)) }
        appendInteger(value / 10, to: &out)
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
