/// The `ON CONFLICT … DO UPDATE … WHERE <something changed>` tail of the bulk upserts (``UnnestInsert`` and
/// ``CopyUpsert``), so a re-sync of the same data rewrites nothing and counts no rows.
///
/// Table and column names are compile-time constants of this module, never input.
struct ConflictUpdate {
    /// The conflict target (a primary key or unique constraint's columns).
    var key: [String]
    /// Columns overwritten on conflict, but only when at least one of them changed.
    var compare: [String]
    /// Columns overwritten along with a change, such as `updated_at`; not compared.
    var touch: [String] = []
    /// Replaces the "something changed" condition, such as "coverage only moves forward".
    var condition: String?

    /// The clause for an insert into `table`.
    func sql(table: String) -> String {
        let set = (compare + touch).map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        let changed =
            condition
            ?? "(\(compare.map { "\(table).\($0)" }.joined(separator: ", "))) IS DISTINCT FROM ("
            + compare.map { "EXCLUDED.\($0)" }.joined(separator: ", ") + ")"
        return " ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(set) WHERE \(changed)"
    }
}
