package import Foundation
package import LibPQ
package import PortfolioModel

/// Reads stored diagnoses: the renderer's ``latest(account:mode:)`` and the cost rules' last model call.
///
/// Like ``DashboardStore`` it reads through a read-only session, so it can never write.
package struct DiagnosisStore: Sendable {
    let database: Database

    /// Creates a store; `database` is reopened as a read-only session if it is not one already.
    package init(database: Database) {
        self.database = database.readOnly()
    }

    /// The account's most recent diagnosis, or `nil` if none was stored yet.
    /// - Throws: ``StorageError`` (`.corruptRow` if a stored row cannot be read back).
    package func latest(account: AccountNumber, mode: TradingMode) async throws -> StoredDiagnosis? {
        try await withContext("reading the latest diagnosis") {
            let rows = try await database.withTransaction(.readOnly) { conn in
                try conn.query(
                    """
                    SELECT id, created_at, data_as_of, source, provider, model, base_url_host, model_called, latency_ms,
                           prompt_tokens, completion_tokens, fallback_reason, fact_sheet_hash, fact_sheet::text,
                           summary::text, risks::text, comments::text, dropped_sentences
                    FROM ai_diagnosis
                    WHERE account_no = \(account) AND mode = \(mode)
                    ORDER BY created_at DESC, id DESC LIMIT 1
                    """, as: DiagnosisRow.Columns.self)
            }
            return try rows.first.map(DiagnosisRow.decode)
        }
    }

    /// When a model was last called for the account (for the minimum-interval rule), or `nil` if never.
    /// - Throws: ``StorageError``.
    package func lastModelCall(account: AccountNumber, mode: TradingMode) async throws -> Date? {
        try await withContext("reading the last model call") {
            try await database.withTransaction(.readOnly) { conn in
                try conn.query(
                    """
                    SELECT max(created_at) FROM ai_diagnosis
                    WHERE account_no = \(account) AND mode = \(mode) AND model_called
                    """, as: Date?.self)
            }.first ?? nil
        }
    }
}
