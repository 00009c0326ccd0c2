package import Foundation
package import LibPQ
package import PortfolioModel

/// The two tables whose rows say `running` while a process works: `sync_run` and `pipeline_run`.
package enum RunTable: String, Sendable, CaseIterable {
    case syncRun = "sync_run"
    case pipelineRun = "pipeline_run"
}

/// A row still marked `running`.
package struct RunningRow: Sendable, Hashable {
    package var table: RunTable
    package var id: Int64
    /// `full`, `light` or `archive`.
    package var kind: String
    package var startedAt: Date
    /// `nil` for a row from before migration 0009.
    package var owner: RunOwner?

    /// Creates a row.
    package init(table: RunTable, id: Int64, kind: String, startedAt: Date, owner: RunOwner?) {
        self.table = table
        self.id = id
        self.kind = kind
        self.startedAt = startedAt
        self.owner = owner
    }
}

/// Finds rows left `running` and marks the dead ones `abandoned` (autocommit, like ``SyncRunStore``).
package struct RunLivenessStore: Sendable {
    private let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// The account's rows in `table` still marked `running`, oldest first.
    /// - Throws: ``StorageError``.
    package func running(_ table: RunTable, account: AccountNumber, mode: TradingMode) async throws -> [RunningRow] {
        typealias Row = (Int64, String, Date, Int32?, String?, String?, Int64?)
        let rows: [Row] = try await withContext("reading running \(table.rawValue) rows") {
            try await database.withConnection { conn in
                switch table {
                case .syncRun:
                    try conn.query(
                        """
                        SELECT id, kind, started_at, pid, host, boot_id, process_start FROM sync_run
                        WHERE outcome = 'running' AND account_no = \(account) AND mode = \(mode) ORDER BY id
                        """, as: Row.self)
                case .pipelineRun:
                    try conn.query(
                        """
                        SELECT id, kind, started_at, pid, host, boot_id, process_start FROM pipeline_run
                        WHERE outcome = 'running' AND account_no = \(account) AND is_paper = \(mode.isPaper) ORDER BY id
                        """, as: Row.self)
                }
            }
        }
        return rows.map {
            RunningRow(
                table: table, id: $0.0, kind: $0.1, startedAt: $0.2,
                owner: RunOwner(pid: $0.3, host: $0.4, bootID: $0.5, processStart: $0.6))
        }
    }

    /// Marks a `running` row `abandoned`, ended at `at` (never before it started), with `reason` as its message.
    /// - Returns: `false` if the row had ended meanwhile (it is left as it is).
    /// - Throws: ``StorageError``.
    package func abandon(_ row: RunningRow, at: Date, reason: String) async throws -> Bool {
        let line = SyncRunStore.oneLine(reason)
        return try await withContext("marking \(row.table.rawValue) \(row.id) abandoned") {
            try await database.withConnection { conn in
                try conn.execute(
                    """
                    UPDATE \(identifier: row.table.rawValue) SET outcome = 'abandoned',
                        ended_at = greatest(\(at), started_at), message = \(line)
                    WHERE id = \(row.id) AND outcome = 'running'
                    """)
            } == 1
        }
    }
}
