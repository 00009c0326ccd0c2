extension CairoPDF {
    /// What ends a stream's dictionary and starts its data.
    static let streamKeyword = Array(">>\nstream\n".utf8)

    /// The cross-reference table at `xref` (one section, 20-byte entries) as each object's byte range, and the
    /// trailer's `/Root` and `/Info` references.
    static func crossReference(
        _ bytes: [UInt8], at xref: Int
    ) throws(CanvasError) -> (objects: [Range<Int>?], root: String, info: String?) {
        let head = text(bytes, xref..<min(xref + 32, bytes.count))
        guard head.hasPrefix("xref\n0 "), let count = Int(head.dropFirst(7).prefix { $0 != "\n" }), count > 1,
            count < bytes.count / 20
        else {
            throw refused("no cross-reference table at startxref")
        }
        let entries = xref + 7 + String(count).utf8.count + 1
        guard entries + 20 * count < bytes.count else { throw refused("a cut-off cross-reference table") }
        var offsets: [Int?] = []
        offsets.reserveCapacity(count)
        for i in 0..<count {
            let entry = entries + 20 * i
            guard let offset = Int(text(bytes, entry..<entry + 10)), bytes[entry + 19] == UInt8(ascii: "\n") else {
                throw refused("a malformed cross-reference entry")
            }
            switch bytes[entry + 17] {
            case UInt8(ascii: "n") where i > 0 && offset > 0 && offset < xref: offsets.append(offset)
            case UInt8(ascii: "f"): offsets.append(nil)
            default: throw refused("a malformed cross-reference entry")
            }
        }
        let trailer = text(bytes, entries + 20 * count..<bytes.count)
        guard trailer.hasPrefix("trailer\n"), integer(after: "/Size ", in: trailer) == count,
            let root = referenceText("/Root", in: trailer)
        else { throw refused("an unexpected trailer") }
        return (ranges(offsets, end: xref), root, referenceText("/Info", in: trailer))
    }

    /// Each object's byte range: from its offset to the next object's, the last one ending at the table.
    private static func ranges(_ offsets: [Int?], end: Int) -> [Range<Int>?] {
        let sorted = offsets.compactMap { $0 }.sorted()
        var next: [Int: Int] = [:]
        for (offset, following) in zip(sorted, sorted.dropFirst() + [end]) { next[offset] = following }
        return offsets.map { offset in offset.flatMap { start in next[start].map { start..<$0 } } }
    }

    /// The dictionary of object `number`: the text between `N 0 obj` and `endobj`, or a stream's dictionary.
    static func dictionary(_ bytes: [UInt8], _ objects: [Range<Int>?], _ number: Int) throws(CanvasError) -> String {
        let range = try range(objects, number)
        let header = Array("\(number) 0 obj\n".utf8)
        guard range.count > header.count,
            bytes[range.lowerBound..<range.lowerBound + header.count].elementsEqual(header)
        else { throw refused("object \(number) is not where the table says") }
        let body = range.lowerBound + header.count..<range.upperBound
        if let open = find(streamKeyword, in: bytes, body) { return text(bytes, body.lowerBound..<open + 2) }
        guard let end = find(Array("endobj".utf8), in: bytes, body) else {
            throw refused("object \(number) has no end")
        }
        return text(bytes, body.lowerBound..<end)
    }

    /// Object `number`'s byte range.
    static func range(_ objects: [Range<Int>?], _ number: Int) throws(CanvasError) -> Range<Int> {
        guard objects.indices.contains(number), let range = objects[number] else {
            throw refused("no object \(number)")
        }
        return range
    }

    /// The number in a reference written `12 0 R`.
    static func number(of reference: String) throws(CanvasError) -> Int {
        guard let number = Int(reference.prefix { $0 != " " }) else { throw refused("a malformed reference") }
        return number
    }

    /// The integer right after `key`, if there is one.
    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.firstRange(of: key) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }

    /// The reference after `key` as written (`12 0 R`), if there is one.
    private static func referenceText(_ key: String, in text: String) -> String? {
        guard let number = integer(after: key + " ", in: text) else { return nil }
        return text.contains("\(key) \(number) 0 R") ? "\(number) 0 R" : nil
    }

    /// The bytes of `range` as text (Cairo's dictionaries are ASCII).
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Where `pattern` first starts inside `range`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count else { return nil }
        var i = range.lowerBound
        while i <= range.upperBound - pattern.count {
            if bytes[i] == first && bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
