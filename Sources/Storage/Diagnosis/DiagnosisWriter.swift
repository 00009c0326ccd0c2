package import LibPQ
package import PortfolioModel

/// Stores diagnoses in `ai_diagnosis`; the only writer of that table (the `Diagnosis` module uses it).
package struct DiagnosisWriter: Sendable {
    private let database: Database

    /// Creates a writer on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Inserts `diagnosis` for the account (its ``StoredDiagnosis/id`` is ignored).
    ///
    /// The fallback reason is made one line. Nothing secret is written: the caller passes the host name only,
    /// and the texts and fact sheet never contain a key.
    /// - Returns: The new row's id.
    /// - Throws: ``StorageError``.
    @discardableResult
    package func insert(_ d: StoredDiagnosis, account: AccountNumber, mode: TradingMode) async throws -> Int64 {
        let summary = try DiagnosisRow.encode(d.summary)
        let risks = try DiagnosisRow.encode(d.risks)
        let comments = try DiagnosisRow.encode(d.comments)
        let reason = d.fallbackReason.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return try await withContext("writing ai_diagnosis") {
            let ids = try await database.withConnection { conn in
                try conn.query(
                    """
                    INSERT INTO ai_diagnosis (
                        account_no, mode, created_at, data_as_of, source, provider, model, base_url_host, model_called,
                        latency_ms, prompt_tokens, completion_tokens, fact_sheet_hash, fact_sheet, summary, risks,
                        comments, fallback_reason, dropped_sentences)
                    VALUES (
                        \(account), \(mode), \(d.createdAt), \(d.dataAsOf), \(d.source), \(d.provider), \(d.model),
                        \(d.baseURLHost), \(d.modelCalled), \(d.latencyMilliseconds), \(d.promptTokens),
                        \(d.completionTokens), \(d.factSheetHash), \(d.factSheetJSON)::jsonb, \(summary)::jsonb,
                        \(risks)::jsonb, \(comments)::jsonb, \(reason), \(d.droppedSentences))
                    RETURNING id
                    """, as: Int64.self)
            }
            guard let id = ids.first else {
                throw StorageError(code: .corruptRow, message: "INSERT INTO ai_diagnosis returned no id")
            }
            return id
        }
    }
}
