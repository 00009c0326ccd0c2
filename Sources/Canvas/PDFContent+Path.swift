extension PDFContent {
    /// `path` as Cairo's `_cairo_pdf_operators_emit_path` writes it.
    mutating func emit(_ path: PDFPath, stroking: Bool) {
        if let (low, high) = path.rectangle {
            for value in [low.x, low.y, high.x - low.x, high.y - low.y] {
                PDFNumber.append(fixed: value, to: &bytes)
                bytes.append(Self.space)
            }
            bytes += Array("re ".utf8)
            return
        }
        var (index, lastMove, hasSubpath) = (0, PDFPath.Point(x: 0, y: 0), false)
        for operation in path.operations {
            switch operation {
            case .move:
                lastMove = path.points[index]
                index += 1
                hasSubpath = false
                write(lastMove, UInt8(ascii: "m"))
            case .line:
                let to = path.points[index]
                index += 1
                // A stroke's first segment back to its start is left out (PDF would draw a cap there).
                if stroking && !hasSubpath && to == lastMove { continue }
                hasSubpath = true
                write(to, UInt8(ascii: "l"))
            case .close:
                if stroking && !hasSubpath { continue }
                bytes += Array("h\n".utf8)
            }
        }
        if let rest = path.trailingMove { write(rest, UInt8(ascii: "m")) }
    }

    /// `x y op `.
    private mutating func write(_ point: PDFPath.Point, _ operation: UInt8) {
        PDFNumber.append(fixed: point.x, to: &bytes)
        bytes.append(Self.space)
        PDFNumber.append(fixed: point.y, to: &bytes)
        bytes.append(Self.space)
        bytes.append(operation)
        bytes.append(Self.space)
    }
}
