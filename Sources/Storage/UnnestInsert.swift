import LibPQ

/// A multi-row `INSERT … SELECT * FROM unnest($1::t[], $2::u[], …)`, optionally an upsert.
///
/// Each column binds one array literal, so a whole table's rows travel in one statement with a fixed number
/// of parameters: 7,800 minute bars take one round trip instead of 7,800. Table and column names are
/// compile-time constants of this module, never input.
///
/// Measured on the 2-core dev machine while other builds ran (load average 4-6), release build, whole
/// `AccountWriter.write` of a batch with 7,800 minute bars (20 stocks x 390 minutes), PostgreSQL 15:
/// - first write (all inserts): 74 ms; every row changed: 90-95 ms; nothing changed (the usual re-sync): 58-64 ms.
/// - of which building the seven bind arrays in Swift: ~22 ms.
/// - one `INSERT … ON CONFLICT` per row instead, same transaction (debug build): 1.2-1.9 s.
/// Reproduce with `KISDASH_BENCH=1 swift test --filter BulkUpsertBench` (prints, asserts nothing about time).
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
    /// - Returns: The statement.
    func upsert(key: [String], compare: [String], touch: [String] = [], condition: String? = nil) -> PGQuery {
        let set = (compare + touch).map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        let changed =
            condition
            ?? "(\(compare.map { "\(table).\($0)" }.joined(separator: ", "))) IS DISTINCT FROM ("
            + compare.map { "EXCLUDED.\($0)" }.joined(separator: ", ") + ")"
        let sql = prefix + " ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(set) WHERE \(changed)"
        return PGQuery(unsafeSQL: sql, binds: binds)
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
