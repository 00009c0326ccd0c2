/// Continuation cursors (`ctx_area_fk100` / `ctx_area_nk100`, SPEC §2.4).
///
/// FK echoes the search conditions joined by `^`; NK names the last row sent. Both are padded with
/// spaces to 100 characters (20 on chk-holiday) and must come back verbatim; the simulator parses
/// them trimmed but counts the requests that did not keep the width.
struct Cursor {
    var width = 100

    /// The FK cursor for these search conditions.
    func fk(_ fields: [String]) -> String { WireText.padded(fields.joined(separator: "^") + "^", to: width) }

    /// The NK cursor after the row with `key`, or all spaces on the last page.
    func nk(_ prefix: [String], key: String?) -> String {
        guard let key else { return String(repeating: " ", count: width) }
        return WireText.padded((prefix + [key]).joined(separator: "^") + "^", to: width)
    }

    /// The row key inside an NK cursor, or nil for a blank cursor.
    static func key(in nk: String) -> String? {
        let parts = nk.trimmingSpaces.split(separator: "^", omittingEmptySubsequences: false)
        guard let last = parts.dropLast().last, !last.isEmpty else { return nil }
        return String(last)
    }

    /// Slices `rows` into one page after the row whose key is `after`.
    static func page<Row>(_ rows: [Row], after: String?, size: Int, key: (Row) -> String) -> (
        rows: ArraySlice<Row>, hasMore: Bool
    ) {
        let start = after.flatMap { k in rows.firstIndex { key($0) == k }.map { $0 + 1 } } ?? 0
        let end = min(rows.count, start + size)
        return (rows[min(start, end)..<end], end < rows.count)
    }
}
