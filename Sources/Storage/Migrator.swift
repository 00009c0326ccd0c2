package import LibPQ

/// Brings a database's schema up to date with the bundled migrations.
///
/// Each pending migration runs in its own transaction and is recorded in `schema_migrations` (version, name,
/// md5 checksum, applied_at). A session advisory lock, keyed by the current schema, makes concurrent runs from
/// several processes safe: the second waits, then finds nothing to do. Running it again is a no-op.
package struct Migrator: Sendable {
    /// A fixed first key for `pg_advisory_lock(int, int)` ("KISD"); the second key is the schema's hash.
    static let lockKey: Int32 = 0x4B49_5344

    private let database: Database
    private let migrations: [Migration]?

    /// Creates a migrator for the bundled migrations.
    package init(database: Database) {
        self.database = database
        self.migrations = nil
    }

    /// Creates a migrator for an explicit list (tests use it to simulate an edited file).
    package init(database: Database, migrations: [Migration]) {
        self.database = database
        self.migrations = migrations
    }

    /// Applies every pending migration in version order.
    ///
    /// - Returns: The migrations applied by this call (empty if the schema was already current).
    /// - Throws: ``StorageError`` `.migrationChecksumMismatch` if an applied migration's text changed,
    ///   `.unknownMigration` if the database is ahead of this build, `.database` if a migration fails
    ///   (that migration is rolled back; earlier ones stay applied).
    @discardableResult
    package func migrate() async throws -> [Migration] {
        let migrations = try self.migrations ?? Migration.bundled()
        return try await withContext("migrating") {
            try await database.withConnection { conn in
                try conn.execute("SELECT pg_advisory_lock(\(Self.lockKey), hashtext(current_schema()))")
                defer {
                    _ = try? conn.execute("SELECT pg_advisory_unlock(\(Self.lockKey), hashtext(current_schema()))")
                }
                return try apply(migrations, on: conn)
            }
        }
    }

    private func apply(_ migrations: [Migration], on conn: PGConnection) throws -> [Migration] {
        try conn.execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """)
        let applied = try conn.query(
            "SELECT version, name, checksum FROM schema_migrations", as: (Int, String, String).self)
        let known = Set(migrations.map(\.version))
        if let unknown = applied.first(where: { !known.contains($0.0) }) {
            throw StorageError(
                code: .unknownMigration,
                message:
                    "the database has migration \(unknown.0) (\(unknown.1)) which this build does not know; upgrade kisdash"
            )
        }
        let checksums = Dictionary(applied.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        var newlyApplied: [Migration] = []
        for migration in migrations {
            let checksum = try conn.query("SELECT md5(\(migration.sql))", as: String.self).first ?? ""
            if let recorded = checksums[migration.version] {
                guard recorded == checksum else {
                    throw StorageError(
                        code: .migrationChecksumMismatch,
                        message: "migration \(migration.version)_\(migration.name) changed after it was applied"
                            + " (recorded md5 \(recorded), file md5 \(checksum)); add a new migration instead of editing it"
                    )
                }
                continue
            }
            try run(migration, checksum: checksum, on: conn)
            newlyApplied.append(migration)
        }
        return newlyApplied
    }

    private func run(_ migration: Migration, checksum: String, on conn: PGConnection) throws {
        try conn.execute("BEGIN")
        do {
            try conn.execute(PGQuery(unsafeSQL: migration.sql))
            try conn.execute(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (\(migration.version), \(migration.name), \(checksum))"
            )
            try conn.execute("COMMIT")
        } catch {
            _ = try? conn.execute("ROLLBACK")
            throw StorageError.wrapping(error, "applying migration \(migration.version)_\(migration.name)")
        }
    }
}
