/// An HTTP request reduced to what the simulator looks at, independent of Hummingbird.
struct SimRequest: Sendable {
    var method: String
    var path: String
    /// The raw query string (after `?`), undecoded.
    var rawQuery: String
    /// Header names lower-cased (HTTP names are case-insensitive).
    var headers: [String: String]
    var body: [UInt8]

    init(method: String, path: String, rawQuery: String = "", headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method.uppercased()
        self.path = path
        self.rawQuery = rawQuery
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Query parameters, names matched case-insensitively (OTA sends `CANO`, PYKIS `ctx_area_fk100`).
    var query: QueryParameters { QueryParameters(raw: rawQuery) }
}

/// Decoded query parameters with case-insensitive names and verbatim values.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    init(raw: String) {
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]).uppercased()
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// The value of `name`, or nil when absent.
    subscript(name: String) -> String? { values[name.uppercased()] }

    /// The value of `name`, or "" when absent.
    func value(_ name: String) -> String { values[name.uppercased()] ?? "" }

    /// Form decoding: `+` is a space (Python's requests encodes cursor padding that way), `%XX` a byte.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), i + 2 < utf8.count, let hi = hexValue(utf8[i + 1]),
                let lo = hexValue(utf8[i + 2])
            {
                bytes.append(hi << 4 | lo)
                i += 2
            } else {
                bytes.append(byte)
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
