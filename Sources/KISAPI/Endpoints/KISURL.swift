package import Foundation

/// Builds request URLs: base URL + path + query, with every query value percent-encoded byte for byte.
///
/// Paging cursors must go back exactly as received, trailing spaces included (SPEC §2.4), so spaces become
/// `%20` (never `+` or trimmed) and `^` becomes `%5E`; only RFC 3986 unreserved characters stay literal.
package enum KISURL {
    /// The URL for `path` under `base` with `query` in order.
    /// - Throws: ``KISError`` `.configuration` if the result is not a valid URL.
    package static func make(base: URL, path: String, query: [(String, String)] = [], operation: String) throws -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path.hasPrefix("/") ? path : "/" + path
        if !query.isEmpty {
            text += "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw KISError(.configuration, "cannot build a URL for \(path) from the base URL", operation: operation)
        }
        return url
    }

    /// Percent-encodes everything except `A–Z a–z 0–9 - . _ ~`.
    package static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
