import LibPQ

/// A multi-row `INSERT … SELECT * FROM unnest($1::t[], $2::u[], …)`, optionally an upsert.
///
/// Each column binds one array literal, so a whole table's rows travel in one statement with a fixed number
/// of parameters: 7,800 minute bars take one round trip instead of 7,800. Table and column names are
/// compile-time constants of this module, never input.
///
/// Used for the tables a sync writes a few hundred rows of (daily bars, orders, coverage). Minute bars, the one
/// bulk table (7,800 rows after the close), go through ``CopyUpsert`` instead: measured 2-2.6x faster (see
/// `AccountWriter.writeMinuteBars`). Earlier measurement, release build, 7,800 minute bars through this type:
/// first write 74 ms, every row changed 90-95 ms, nothing changed 58-64 ms, of which ~22 ms building the binds;
/// one `INSERT … ON CONFLICT` per row instead (debug build): 1.2-1.9 s.
struct UnnestInsert {
    private let table: String
    private var columns: [String] = []
    private var casts: [String] = []
    private var binds: [String?] = []

    init(into table: String) {
        self.table = table
    }

    /// Adds a column whose values are `values` (one per row), cast to `type[]` on the server.
    mutating func column<Value: PGEncodable>(_ name: String, _ type: String, _ values: [Value]) {
        columns.append(name)
        binds.append(values.pgText)
        casts.append("$\(binds.count)::\(type)[]")
    }

    /// A plain insert (for rows of a new snapshot, which cannot conflict).
    func insert() -> PGQuery {
        PGQuery(unsafeSQL: prefix, binds: binds)
    }

    /// An upsert keyed on `key`.
    ///
    /// - Parameters:
    ///   - key: The conflict target (a primary key or unique constraint's columns).
    ///   - compare: Columns overwritten on conflict, but only when at least one of them changed, so a re-sync of
    ///     the same data rewrites nothing and counts no rows.
    ///   - touch: Columns overwritten along with a change (e.g. `updated_at`), not compared.
    ///   - condition: Replaces the "something changed" condition (e.g. "coverage only moves forward").
    /// - Returns: The statement (``ConflictUpdate`` writes its conflict clause).
    func upsert(key: [String], compare: [String], touch: [String] = [], condition: String? = nil) -> PGQuery {
        let conflict = ConflictUpdate(key: key, compare: compare, touch: touch, condition: condition)
        return PGQuery(unsafeSQL: prefix + conflict.sql(table: table), binds: binds)
    }

    private var prefix: String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) SELECT * FROM unnest(\(casts.joined(separator: ", ")))"
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements, so one statement's binds stay bounded.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
