package import Foundation
package import LibPQ
package import PortfolioModel

/// Records each sync attempt in `sync_run`: ``begin(account:mode:kind:startedAt:)`` when it starts,
/// ``finish(id:endedAt:outcome:apiCalls:rows:errorClass:message:)`` when it ends.
///
/// Runs in autocommit, outside the batch's transaction, so a failed sync still leaves its failure row.
package struct SyncRunStore: Sendable {
    /// Longest message kept; longer ones are cut (the full error goes to the log).
    static let maxMessageLength = 500

    private let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Inserts a `running` row.
    /// - Returns: The run's id, for ``finish(id:endedAt:outcome:apiCalls:rows:errorClass:message:)``.
    /// - Throws: ``StorageError``.
    package func begin(
        account: AccountNumber, mode: TradingMode, kind: SyncKind, startedAt: Date, owner: RunOwner = .current()
    ) async throws -> Int64 {
        try await withContext("starting a sync_run row") {
            let ids = try await database.withConnection { conn in
                try conn.query(
                    """
                    INSERT INTO sync_run (started_at, mode, kind, account_no, pid, host, boot_id, process_start)
                    VALUES (\(startedAt), \(mode), \(kind.rawValue), \(account), \(owner.pid), \(owner.host),
                        \(owner.bootID), \(owner.processStart)) RETURNING id
                    """, as: Int64.self)
            }
            guard let id = ids.first else {
                throw StorageError(code: .corruptRow, message: "INSERT INTO sync_run returned no id")
            }
            return id
        }
    }

    /// Completes a run.
    ///
    /// - Parameters:
    ///   - id: The run, from ``begin(account:mode:kind:startedAt:)``.
    ///   - endedAt: When it ended.
    ///   - outcome: How it ended.
    ///   - apiCalls: KIS calls made.
    ///   - rows: Rows written per table.
    ///   - errorClass: The error's type for a failure.
    ///   - message: Made one line (newlines become spaces) and cut to 500 characters. Must already be redacted.
    /// - Throws: ``StorageError`` `.notFound` if no run has this id.
    package func finish(
        id: Int64, endedAt: Date, outcome: SyncOutcome, apiCalls: Int, rows: [String: Int], errorClass: String?,
        message: String?
    ) async throws {
        let rowsJSON = try Self.encode(rows)
        let line = message.map(Self.oneLine)
        try await withContext("finishing sync_run \(id)") {
            let updated = try await database.withConnection { conn in
                try conn.execute(
                    """
                    UPDATE sync_run SET ended_at = \(endedAt), outcome = \(outcome.rawValue), api_calls = \(apiCalls),
                        rows_written = \(rowsJSON)::jsonb, error_class = \(errorClass), message = \(line)
                    WHERE id = \(id)
                    """)
            }
            guard updated == 1 else { throw StorageError(code: .notFound, message: "no sync_run with id \(id)") }
        }
    }

    /// The most recent runs, newest first.
    /// - Throws: ``StorageError``.
    package func recent(limit: Int) async throws -> [SyncRunRecord] {
        try await withContext("reading sync_run") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT id, started_at, ended_at, mode, kind, account_no, api_calls, rows_written::text, outcome,
                           error_class, message, pid, host, boot_id, process_start
                    FROM sync_run ORDER BY started_at DESC, id DESC LIMIT \(limit)
                    """,
                    as: (
                        Int64, Date, Date?, TradingMode, String, AccountNumber, Int, String, String, String?, String?,
                        Int32?, String?, String?, Int64?
                    ).self)
            }
            return try rows.map { row in
                guard let kind = SyncKind(rawValue: row.4), let outcome = SyncOutcome(rawValue: row.8) else {
                    throw StorageError(code: .corruptRow, message: "sync_run \(row.0) has an unknown kind or outcome")
                }
                let written = try JSONDecoder().decode([String: Int].self, from: Data(row.7.utf8))
                return SyncRunRecord(
                    id: row.0, startedAt: row.1, endedAt: row.2, mode: row.3, kind: kind, account: row.5,
                    apiCalls: row.6, rows: written, outcome: outcome, errorClass: row.9, message: row.10,
                    owner: RunOwner(pid: row.11, host: row.12, bootID: row.13, processStart: row.14))
            }
        }
    }

    static func encode(_ rows: [String: Int]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > maxMessageLength ? String(flat.prefix(maxMessageLength - 1)) + "…" : flat
    }
}
