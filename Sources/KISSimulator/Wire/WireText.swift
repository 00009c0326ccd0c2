/// Space padding rules for the KIS envelope.
enum WireText {
    /// Pads with spaces to `length` characters (cursor fields: `ctx_area_fk100` is 100 wide).
    static func padded(_ text: String, to length: Int) -> String {
        let count = text.count
        return count >= length ? text : text + String(repeating: " ", count: length - count)
    }

    /// Pads `msg1` with spaces to `bytes` EUC-KR bytes, as account inquiries do (Hangul counts 2).
    static func paddedMessage(_ text: String, toEUCKRBytes bytes: Int = 80) -> String {
        let width = text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        return width >= bytes ? text : text + String(repeating: " ", count: bytes - width)
    }
}
