/// A PDF that Cairo wrote, read back far enough to rewrite its page objects: the cross-reference table, the
/// trailer's references and the pages in order.
///
/// Cairo 1.16 writes one cross-reference table, a flat page tree, uncompressed dictionaries and each object's bytes
/// one after the other. Anything else is refused with an error naming what was unexpected, never guessed at.
struct CairoPDF {
    let bytes: [UInt8]
    /// Each object's bytes by object number, `N 0 obj` to `endobj` and its newline; `nil` for a free entry.
    let objects: [Range<Int>?]
    /// Where the `xref` keyword starts: the end of the last object.
    let xrefOffset: Int
    /// The trailer's `/Root` and `/Info` references, as written (`12 0 R`).
    let root: String
    let info: String?
    /// Page object numbers, first page first.
    let pages: [Int]

    init(_ bytes: [UInt8]) throws(CanvasError) {
        self.bytes = bytes
        let tail = Self.text(bytes, max(bytes.count - 64, 0)..<bytes.count)
        guard let start = tail.firstRange(of: "startxref\n"),
            let xref = Int(tail[start.upperBound...].prefix { $0.isNumber }),
            xref > 0, xref < bytes.count
        else { throw Self.refused("no startxref") }
        xrefOffset = xref
        (objects, root, info) = try Self.crossReference(bytes, at: xref)
        let catalog = try Self.dictionary(bytes, objects, Self.number(of: root))
        let tree = try Self.dictionary(bytes, objects, try Self.reference("/Pages", in: catalog))
        guard let kids = tree.firstRange(of: "/Kids ["), let close = tree[kids.upperBound...].firstIndex(of: "]") else {
            throw Self.refused("a page tree without /Kids")
        }
        let numbers = tree[kids.upperBound..<close].split(separator: " ").map(String.init)
        guard numbers.count % 3 == 0 else { throw Self.refused("a malformed /Kids array") }
        pages = try stride(from: 0, to: numbers.count, by: 3).map { (i: Int) throws(CanvasError) -> Int in
            guard let number = Int(numbers[i]), numbers[i + 1] == "0", numbers[i + 2] == "R" else {
                throw Self.refused("a malformed /Kids array")
            }
            return number
        }
        for page in pages {
            let dictionary = try Self.dictionary(bytes, objects, page)
            guard dictionary.contains("/Type /Page"), !dictionary.contains("/Type /Pages") else {
                throw Self.refused("a nested page tree")
            }
        }
    }

    /// The dictionary of object `number` (a stream's dictionary without its data).
    func dictionary(_ number: Int) throws(CanvasError) -> String { try Self.dictionary(bytes, objects, number) }

    /// The raw (still compressed) data of stream object `number`.
    func streamData(_ number: Int) throws(CanvasError) -> ArraySlice<UInt8> {
        let range = try Self.range(objects, number)
        guard let open = Self.find(Self.streamKeyword, in: bytes, range) else {
            throw Self.refused("object \(number) is no stream")
        }
        let dictionary = try self.dictionary(number)
        let length: Int
        if dictionary.contains("/Length \(Self.integer(after: "/Length ", in: dictionary) ?? -1) 0 R") {
            let lengthObject = try Self.reference("/Length", in: dictionary)
            let value = try self.dictionary(lengthObject).filter { !$0.isWhitespace }
            guard let value = Int(value) else { throw Self.refused("a stream length that is not a number") }
            length = value
        } else {
            guard let direct = Self.integer(after: "/Length ", in: dictionary) else {
                throw Self.refused("a stream without a length")
            }
            length = direct
        }
        let start = open + Self.streamKeyword.count
        guard length >= 0, length < range.count else { throw Self.refused("object \(number)'s stream length") }
        let end = start + length
        guard end + 10 <= range.upperBound, Self.text(bytes, end..<end + 10) == "\nendstream" else {
            throw Self.refused("object \(number)'s stream length does not match its data")
        }
        return bytes[start..<end]
    }

    /// The object number an `N 0 R` reference after `key` names.
    static func reference(_ key: String, in dictionary: String) throws(CanvasError) -> Int {
        guard let range = dictionary.firstRange(of: key + " ") else { throw refused("no \(key) entry") }
        let words = dictionary[range.upperBound...].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count >= 3, let number = Int(words[0]), words[1] == "0", words[2].hasPrefix("R") else {
            throw refused("\(key) is not a reference")
        }
        return number
    }

    /// The error for anything this reader does not take.
    static func refused(_ what: String) -> CanvasError {
        CanvasError(.drawing, "cannot merge Cairo's PDF output: \(what)")
    }
}
