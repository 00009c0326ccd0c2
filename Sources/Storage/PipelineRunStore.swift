package import Foundation
package import LibPQ
package import PortfolioModel

/// Records each `kisdash run` and `kisdash archive` in `pipeline_run` (autocommit, like ``SyncRunStore``).
package struct PipelineRunStore: Sendable {
    private let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Inserts a `running` row.
    /// - Returns: The run's id.
    /// - Throws: ``StorageError``.
    package func begin(
        account: AccountNumber, mode: TradingMode, kind: PipelineKind, forced: Bool, startedAt: Date,
        owner: RunOwner = .current()
    ) async throws -> Int64 {
        try await withContext("starting a pipeline_run row") {
            let ids = try await database.withConnection { conn in
                try conn.query(
                    """
                    INSERT INTO pipeline_run (started_at, account_no, is_paper, kind, forced, pid, host, boot_id,
                        process_start)
                    VALUES (\(startedAt), \(account), \(mode.isPaper), \(kind.rawValue), \(forced), \(owner.pid),
                        \(owner.host), \(owner.bootID), \(owner.processStart)) RETURNING id
                    """, as: Int64.self)
            }
            guard let id = ids.first else {
                throw StorageError(code: .corruptRow, message: "INSERT INTO pipeline_run returned no id")
            }
            return id
        }
    }

    /// Completes a run with its stages.
    /// - Throws: ``StorageError`` `.notFound` if no run has this id.
    package func finish(
        id: Int64, endedAt: Date, outcome: PipelineOutcome, stages: [PipelineStageRecord], message: String?
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(stages), as: UTF8.self)
        let line = message.map(SyncRunStore.oneLine)
        try await withContext("finishing pipeline_run \(id)") {
            let updated = try await database.withConnection { conn in
                try conn.execute(
                    """
                    UPDATE pipeline_run SET ended_at = greatest(\(endedAt), started_at), outcome = \(outcome.rawValue),
                        stages = \(json)::jsonb, message = \(line)
                    WHERE id = \(id)
                    """)
            }
            guard updated == 1 else { throw StorageError(code: .notFound, message: "no pipeline_run with id \(id)") }
        }
    }

    /// The most recent runs of the account, newest first.
    /// - Throws: ``StorageError``.
    package func recent(account: AccountNumber, mode: TradingMode, limit: Int) async throws -> [PipelineRunRecord] {
        try await withContext("reading pipeline_run") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT id, started_at, ended_at, kind, forced, outcome, stages::text, message,
                        pid, host, boot_id, process_start FROM pipeline_run
                    WHERE account_no = \(account) AND is_paper = \(mode.isPaper)
                    ORDER BY started_at DESC, id DESC LIMIT \(limit)
                    """,
                    as: (Int64, Date, Date?, String, Bool, String, String, String?, Int32?, String?, String?, Int64?)
                        .self)
            }
            return try rows.map { row in
                guard let kind = PipelineKind(rawValue: row.3), let outcome = PipelineOutcome(rawValue: row.5) else {
                    throw StorageError(
                        code: .corruptRow, message: "pipeline_run \(row.0) has an unknown kind or outcome")
                }
                let stages = try JSONDecoder().decode([PipelineStageRecord].self, from: Data(row.6.utf8))
                return PipelineRunRecord(
                    id: row.0, startedAt: row.1, endedAt: row.2, account: account, mode: mode, kind: kind,
                    forced: row.4, outcome: outcome, stages: stages, message: row.7,
                    owner: RunOwner(pid: row.8, host: row.9, bootID: row.10, processStart: row.11))
            }
        }
    }
}
