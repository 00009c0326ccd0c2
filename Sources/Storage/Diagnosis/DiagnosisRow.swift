import Foundation
import LibPQ
import PortfolioModel

extension DiagnosisSource: PGEncodable, PGDecodable {
    package var pgText: String? { rawValue }
    package init(pgText: String) throws {
        guard let source = DiagnosisSource(rawValue: pgText) else {
            throw PGError(code: .decodingFailed, message: "not a diagnosis source")
        }
        self = source
    }
}

/// `ai_diagnosis` rows ⇄ ``StoredDiagnosis``: the text parts are JSON arrays in `jsonb` columns.
enum DiagnosisRow {
    /// The columns ``DiagnosisStore/latest(account:mode:)`` selects, in order.
    typealias Columns = (
        Int64, Date, Date?, DiagnosisSource, DiagnosisSource, String?, String?, Bool, Int?, Int?, Int?, String?,
        String, String, String, String, String, Int
    )

    static func decode(_ r: Columns) throws -> StoredDiagnosis {
        StoredDiagnosis(
            id: r.0, createdAt: r.1, dataAsOf: r.2, source: r.3, provider: r.4, model: r.5, baseURLHost: r.6,
            modelCalled: r.7, latencyMilliseconds: r.8, promptTokens: r.9, completionTokens: r.10,
            fallbackReason: r.11, factSheetHash: r.12.trimmingSpaces(), factSheetJSON: r.13,
            summary: try json([String].self, r.14, id: r.0), risks: try json([String].self, r.15, id: r.0),
            comments: try json([StoredDiagnosis.Comment].self, r.16, id: r.0), droppedSentences: r.17)
    }

    /// Deterministic JSON text for a `jsonb` bind.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StorageError(code: .corruptRow, message: "cannot encode a diagnosis part as JSON", underlying: error)
        }
    }

    private static func json<T: Decodable>(_ type: T.Type, _ text: String, id: Int64) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StorageError(code: .corruptRow, message: "ai_diagnosis \(id) has an unreadable text part")
        }
    }
}
