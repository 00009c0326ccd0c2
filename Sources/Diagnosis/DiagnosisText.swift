package import PortfolioModel

/// The three parts of a diagnosis: summary paragraphs, main risks and one comment per holding.
package struct DiagnosisText: Hashable, Sendable {
    package var summary: [String]
    package var risks: [String]
    package var comments: [StoredDiagnosis.Comment]

    /// Creates a text.
    package init(summary: [String], risks: [String], comments: [StoredDiagnosis.Comment]) {
        self.summary = summary
        self.risks = risks
        self.comments = comments
    }

    /// The UTF-8 size of all parts, for reporting.
    package var byteCount: Int {
        (summary + risks + comments.map(\.text)).reduce(0) { $0 + $1.utf8.count }
    }
}
