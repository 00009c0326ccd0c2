extension PDFOverlay {
    /// The base's bytes with `replaced` objects swapped in and `added` ones appended, under a new cross-reference
    /// table for `size` objects.
    static func write(_ base: CairoPDF, replacing replaced: [Int: [UInt8]], adding added: [[UInt8]], size: Int)
        -> [UInt8]
    {
        let objects = base.objects.enumerated().compactMap { number, range in range.map { (number, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(base.bytes.count + added.reduce(0) { $0 + $1.count } + 20 * size + 200)
        out += base.bytes[0..<(objects.first?.1.lowerBound ?? base.xrefOffset)]
        var offsets = [Int?](repeating: nil, count: size)
        for (number, range) in objects {
            offsets[number] = out.count
            if let object = replaced[number] { out += object } else { out += base.bytes[range] }
        }
        for (i, object) in added.enumerated() {
            offsets[base.objects.count + i] = out.count
            out += object
        }
        let xref = out.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for offset in offsets.dropFirst() {
            table += offset.map { "\(padded($0)) 00000 n \n" } ?? "0000000000 00000 f \n"
        }
        table += "trailer\n<< /Size \(size)\n   /Root \(base.root)\n"
        table += base.info.map { "   /Info \($0)\n" } ?? ""
        table += ">>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    /// `value` as the ten digits a cross-reference entry has.
    private static func padded(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(10 - digits.count, 0)) + digits
    }
}
