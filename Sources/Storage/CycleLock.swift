package import LibPQ
package import PortfolioModel

/// One pipeline cycle at a time per account: a PostgreSQL session-level advisory lock on a dedicated connection.
///
/// The lock lives as long as the connection: ``release()`` unlocks it, and a process that crashes or is
/// killed (SIGKILL included) loses its connection, so the server frees the lock by itself — no stale lock
/// file to clean up. The key is (`0x4B495345` "KISE", hash of schema + account + mode), so tests on throwaway
/// schemas never contend with each other or with the migrator's and writer's locks.
package final class CycleLock: Sendable {
    static let lockKey: Int32 = 0x4B49_5345

    private let database: Database
    private let account: AccountNumber
    private let mode: TradingMode

    /// Creates a lock handle; `database` must be a handle of its own (the lock is bound to its one connection).
    package init(database: Database, account: AccountNumber, mode: TradingMode) {
        self.database = database
        self.account = account
        self.mode = mode
    }

    /// Takes the lock if it is free, without waiting.
    /// - Returns: `true` if this handle now holds the lock, `false` if another session holds it.
    /// - Throws: ``StorageError`` if the database cannot be reached.
    package func tryAcquire() async throws -> Bool {
        try await withContext("taking the cycle lock") {
            try await database.withConnection { [account, mode] conn in
                try conn.query(
                    """
                    SELECT pg_try_advisory_lock(\(Self.lockKey),
                        hashtext(current_schema() || ':' || \(account)::text || ':' || \(mode)::text))
                    """, as: Bool.self
                ).first ?? false
            }
        }
    }

    /// Releases the lock and closes the dedicated connection (closing alone would release it too).
    package func release() async {
        _ = try? await database.withConnection { [account, mode] conn in
            try conn.execute(
                """
                SELECT pg_advisory_unlock(\(Self.lockKey),
                    hashtext(current_schema() || ':' || \(account)::text || ':' || \(mode)::text))
                """)
        }
        await database.close()
    }
}
