/// One page's drawings (lines, rectangles, filled shapes; never text or curves) written as a PDF content stream,
/// the way Cairo 1.16's PDF surface writes them: the same operators and the same numbers (``PDFPath``,
/// ``PDFNumber``), so the page rasterizes exactly as if Cairo had painted it.
///
/// The overlay's drawings are written by this instead of a second Cairo surface: Cairo records every drawing,
/// analyses it and replays it before it writes a byte, which for a page of price lines costs ten times the writing.
package struct PDFContent: Sendable {
    /// A colour, components 0...1.
    package struct Color: Sendable, Equatable {
        package var red, green, blue, alpha: Double

        package init(red: Double, green: Double, blue: Double, alpha: Double) {
            (self.red, self.green, self.blue, self.alpha) = (red, green, blue, alpha)
        }
    }

    var bytes: [UInt8]
    private var strokeColor: Color?
    private var fillColor: Color?
    private var alpha = 1.0
    /// The alpha of each graphics state the content names (`/a0`, `/a1`, …).
    private var alphas: [Double] = []
    private var lineWidth: Double?
    private var dash: [Double]?

    /// Starts a page `height` points high: Cairo's flip to a top-left origin.
    package init(pageHeight height: Double) {
        bytes = Array("1 0 0 -1 0 ".utf8)
        bytes.reserveCapacity(1 << 16)
        PDFNumber.append(height, to: &bytes)
        bytes += Array(" cm\nq\n".utf8)
    }

    /// Strokes `path`; nothing when `width` is not positive (Cairo draws nothing then).
    package mutating func stroke(_ path: PDFPath, color: Color, width: Double, dash pattern: [Double]) {
        guard width > 0, !path.operations.isEmpty else { return }
        select(color, stroking: true)
        if lineWidth == nil {
            write([width], " w\n0 J\n0 j\n")
        } else if lineWidth != width {
            write([width], " w\n")
        }
        lineWidth = width
        if dash != pattern {
            bytes.append(UInt8(ascii: "["))
            for length in pattern {
                bytes.append(Self.space)
                PDFNumber.append(length, to: &bytes)
            }
            bytes += Array((pattern.isEmpty ? "] 0.0 d\n" : "] 0 d\n").utf8)
            dash = pattern
        }
        emit(path, stroking: true)
        bytes += Array("S\n".utf8)
    }

    /// Fills `path` (non-zero winding, Cairo's default).
    package mutating func fill(_ path: PDFPath, color: Color) {
        guard !path.operations.isEmpty else { return }
        select(color, stroking: false)
        emit(path, stroking: false)
        bytes += Array("f\n".utf8)
    }

    /// The finished content, and the resources it names (its graphics states).
    package func finished() -> (content: [UInt8], resources: String) {
        let states = alphas.enumerated().map {
            "/a\($0.offset) << /CA \(PDFNumber.text($0.element)) /ca \(PDFNumber.text($0.element)) >>"
        }
        let resources = states.isEmpty ? "<< >>" : "<< /ExtGState << \(states.joined(separator: " ")) >> >>"
        return (bytes + Array("Q\n".utf8), resources)
    }

    private mutating func select(_ color: Color, stroking: Bool) {
        if stroking ? strokeColor != color : fillColor != color {
            write([color.red, color.green, color.blue], stroking ? " RG " : " rg ")
            if stroking { strokeColor = color } else { fillColor = color }
        }
        if color.alpha != alpha {
            let index = alphas.firstIndex(of: color.alpha) ?? alphas.count
            if index == alphas.count { alphas.append(color.alpha) }
            bytes += Array("/a\(index) gs\n".utf8)
            alpha = color.alpha
        }
    }

    static let space = UInt8(ascii: " ")

    /// `numbers` separated by spaces, then `text`.
    private mutating func write(_ numbers: [Double], _ text: String) {
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(Self.space) }
            PDFNumber.append(number, to: &bytes)
        }
        bytes += Array(text.utf8)
    }
}
