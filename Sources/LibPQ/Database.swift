package import Logging

/// The owner of one PostgreSQL connection, confined to a dedicated serial `DispatchQueue`.
///
/// The actor's executor is a ``DispatchQueueExecutor`` (GRDB's `DispatchQueueActor` idea), so blocking libpq
/// calls never run on the cooperative pool. The connection opens lazily on first use, and if it was lost while
/// idle (server restart, `pg_terminate_backend`) it is reopened once, transparently. Bodies are synchronous on
/// purpose: no suspension point can interleave another caller's statements with a transaction.
///
/// ```swift
/// let count = try await db.withTransaction { conn in
///     try conn.query("SELECT count(*) FROM min_price WHERE stock_code = \(code)", as: Int.self)
/// }
/// ```
package actor Database {
    /// How this database connects.
    package nonisolated let configuration: Configuration
    private nonisolated let executor: DispatchQueueExecutor
    private let logger: Logger
    private var connection: PGConnection?

    /// Creates a database handle; nothing connects until first use.
    package init(configuration: Configuration, logger: Logger = Logger(label: "kisdash.database")) {
        self.configuration = configuration
        self.logger = logger
        self.executor = DispatchQueueExecutor(label: "kisdash.database.\(configuration.applicationName)")
    }

    /// Creates a database handle for a URL with default settings.
    package init(url: String, logger: Logger = Logger(label: "kisdash.database")) {
        self.init(configuration: Configuration(url: url), logger: logger)
    }

    package nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// A new handle with the same settings but a read-only session (its own connection).
    package nonisolated func readOnly() -> Database {
        if configuration.readOnly { return self }
        var copy = configuration
        copy.readOnly = true
        return Database(configuration: copy, logger: logger)
    }

    /// Runs `body` with the connection, in autocommit mode.
    ///
    /// If the connection turns out to have been lost while idle (the very first statement fails with
    /// `.connectionLost`), it is reopened and `body` runs once more.
    /// - Throws: ``PGError`` from connecting or from `body`; anything `body` throws.
    @discardableResult
    package func withConnection<T: Sendable>(_ body: (PGConnection) throws -> T) throws -> T {
        try withRetryIfLostWhileIdle(body)
    }

    /// Runs `body` inside `BEGIN … COMMIT`; any thrown error rolls back and is rethrown.
    ///
    /// - Parameters:
    ///   - mode: `.readOnly` starts a `REPEATABLE READ READ ONLY` transaction (one consistent view).
    ///   - body: The statements; it must not issue COMMIT or ROLLBACK itself.
    /// - Returns: What `body` returns.
    /// - Throws: The error from `body` (after ROLLBACK), or ``PGError`` from BEGIN/COMMIT.
    @discardableResult
    package func withTransaction<T: Sendable>(
        _ mode: TransactionMode = .readWrite, _ body: (PGConnection) throws -> T
    ) throws -> T {
        try withRetryIfLostWhileIdle { conn in
            try conn.execute(mode.beginStatement)
            let value: T
            do {
                value = try body(conn)
            } catch {
                rollback(conn)
                throw error
            }
            try conn.execute("COMMIT")
            return value
        }
    }

    /// Closes the connection now (it would otherwise close when the actor is released).
    package func close() {
        connection = nil
    }

    private func rollback(_ conn: PGConnection) {
        guard !conn.isBroken else { return }
        do {
            try conn.execute("ROLLBACK")
        } catch {
            logger.warning("ROLLBACK failed; dropping the connection", metadata: ["error": "\(error)"])
            connection = nil
        }
    }

    private func withRetryIfLostWhileIdle<T>(_ body: (PGConnection) throws -> T) throws -> T {
        let (conn, reused) = try openConnection()
        let before = conn.statementCount
        do {
            return try body(conn)
        } catch let error as PGError where error.code == .connectionLost && reused && conn.statementCount == before + 1
        {
            logger.info("connection was lost while idle; reconnecting once")
            connection = nil
            return try body(try openConnection().connection)
        } catch let error as PGError where error.code == .connectionLost {
            connection = nil
            throw error
        }
    }

    private func openConnection() throws -> (connection: PGConnection, reused: Bool) {
        if let connection, !connection.isBroken, !connection.isInTransaction { return (connection, true) }
        connection = nil
        let conn = try PGConnection(
            url: configuration.url, applicationName: configuration.applicationName, logger: logger)
        // One round trip for the whole session set-up; `default_transaction_read_only` is what
        // `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY` sets.
        try conn.execute(
            """
            SELECT set_config('TimeZone', \(configuration.timeZone), false), set_config('DateStyle', 'ISO, YMD', false),
                   set_config('search_path', \(configuration.searchPath ?? "\"$user\", public"), false),
                   set_config('default_transaction_read_only', \(configuration.readOnly ? "on" : "off"), false)
            """)
        connection = conn
        return (conn, false)
    }
}
