import LibPQ

/// A bulk upsert through a staging table filled by binary COPY: `CREATE TEMP TABLE … ON COMMIT DROP`, `COPY …
/// FROM STDIN (FORMAT binary)`, then one `INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE <changed>`.
///
/// It must run inside a transaction (the sync's one transaction): the staging table lives only until its end
/// (and is emptied first if the same transaction staged it before). Three round trips in all, whatever the row
/// count. Table and column names are compile-time constants of this module, never input.
///
/// Measured against ``UnnestInsert`` for the day's 7,800 minute bars (20 stocks × 390 minutes): see
/// `AccountWriter.writeMinuteBars` and `bench/README.md`.
struct CopyUpsert {
    private let table: String
    private let columns: [String]

    init(into table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Stages `rows` (one field per column, in order) and upserts them into the table.
    /// - Returns: Rows inserted or updated (unchanged rows count 0).
    /// - Throws: ``PGError``.
    func run<each Column>(_ rows: PGBinaryCopy<repeat each Column>, _ conflict: ConflictUpdate, on conn: PGConnection)
        throws -> Int
    {
        guard rows.rowCount > 0 else { return 0 }
        let stage = "\(table)_stage"
        let list = columns.joined(separator: ", ")
        // One round trip creates (or empties, if this transaction staged the table before) and starts the COPY:
        // PQexec stops at the COPY and hands it over.
        try conn.copyIn(
            PGQuery(
                unsafeSQL: """
                    CREATE TEMP TABLE IF NOT EXISTS \(stage) ON COMMIT DROP AS SELECT \(list) FROM \(table) WITH NO DATA;
                    TRUNCATE \(stage);
                    COPY \(stage) (\(list)) FROM STDIN (FORMAT binary)
                    """), rows: rows)
        return try conn.execute(
            PGQuery(
                unsafeSQL: "INSERT INTO \(table) (\(list)) SELECT \(list) FROM \(stage)" + conflict.sql(table: table)))
    }
}
