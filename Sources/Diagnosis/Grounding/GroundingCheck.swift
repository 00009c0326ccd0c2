import PortfolioModel

/// Keeps only the sentences of a model reply whose every number is a fact-sheet number (issue 5).
///
/// Pure. A sentence with a number that matches no fact, within the rounding its writing implies, is dropped.
/// Comments for stocks not held are dropped whole; a held stock the reply skipped, or whose comment lost every
/// sentence, gets the offline comment.
package struct GroundingCheck: Sendable {
    /// What survived the check.
    package struct Result: Sendable, Hashable {
        /// The checked text (offline comments filled in where needed).
        package var text: DiagnosisText
        /// Sentences in the reply, and how many were dropped.
        package var sentences: Int
        package var dropped: Int
        /// The dropped sentences, for the log (never stored).
        package var droppedSentences: [String]

        /// Whether more than half of the reply was dropped, or no summary is left.
        package var isMostlyDropped: Bool { dropped * 2 > sentences || text.summary.isEmpty }
    }

    private let facts: FactSheet
    private let numbers: FactNumbers

    /// Creates a check against `facts`.
    package init(facts: FactSheet) {
        self.facts = facts
        self.numbers = FactNumbers(facts)
    }

    /// Whether every number in `sentence` is a fact.
    package func isGrounded(_ sentence: String) -> Bool {
        NumberExtractor.numbers(in: sentence).allSatisfy(numbers.contains)
    }

    /// Checks `reply`.
    package func check(_ reply: ModelReplyText) -> Result {
        var result = Result(
            text: DiagnosisText(summary: [], risks: [], comments: []), sentences: 0, dropped: 0, droppedSentences: [])
        func keep(_ paragraph: String) -> String {
            let sentences = Sentences.split(paragraph)
            result.sentences += sentences.count
            let kept = sentences.filter { sentence in
                if isGrounded(sentence) { return true }
                result.dropped += 1
                result.droppedSentences.append(sentence)
                return false
            }
            return kept.joined(separator: " ")
        }
        result.text.summary = reply.summary.map(keep).filter { !$0.isEmpty }
        result.text.risks = reply.risks.map(keep).filter { !$0.isEmpty }
        let byCode = Dictionary(reply.comments.map { ($0.code, $0.text) }, uniquingKeysWith: { a, b in a + " " + b })
        for (code, text) in byCode where !facts.holdings.contains(where: { $0.code.rawValue == code }) {
            let count = Sentences.split(text).count
            result.sentences += count
            result.dropped += count
        }
        result.text.comments = facts.holdings.map { h in
            let kept = byCode[h.code.rawValue].map(keep) ?? ""
            let text = kept.isEmpty ? OfflineDiagnosis.comment(h, facts.portfolio) : kept
            return StoredDiagnosis.Comment(code: h.code, name: h.name, text: text)
        }
        return result
    }
}
