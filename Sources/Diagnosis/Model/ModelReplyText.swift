import Foundation

/// The structured reply the prompt asks a model for: `{"summary": [...], "risks": [...], "comments": [{"code",
/// "comment"}]}`, decoded leniently (a string where a list is expected, `text` for `comment`, code fences).
package struct ModelReplyText: Sendable, Hashable, Decodable {
    /// One comment as the model wrote it.
    package struct Comment: Sendable, Hashable, Decodable {
        package var code: String
        package var text: String

        private enum CodingKeys: String, CodingKey { case code, comment, text }

        /// Creates a comment.
        package init(code: String, text: String) {
            self.code = code
            self.text = text
        }

        package init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            code = try c.decode(String.self, forKey: .code).trimmingCharacters(in: .whitespaces)
            text = try c.decodeIfPresent(String.self, forKey: .comment) ?? c.decode(String.self, forKey: .text)
        }
    }

    package var summary: [String]
    package var risks: [String]
    package var comments: [Comment]

    private enum CodingKeys: String, CodingKey { case summary, risks, comments }

    /// Creates a reply.
    package init(summary: [String], risks: [String], comments: [Comment]) {
        self.summary = summary
        self.risks = risks
        self.comments = comments
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        summary = try Self.paragraphs(c, .summary)
        risks = try Self.paragraphs(c, .risks)
        comments = try c.decodeIfPresent([Comment].self, forKey: .comments) ?? []
    }

    private static func paragraphs(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [String] {
        if let list = try? c.decode([String].self, forKey: key) { return list }
        let text = try c.decode(String.self, forKey: key)
        return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// Parses a model's message content: the JSON object inside it, ignoring code fences and chatter around it.
    /// - Throws: ``DiagnosisError`` `.malformedReply`.
    package static func parse(_ content: String) throws -> ModelReplyText {
        guard let open = content.firstIndex(of: "{"), let close = content.lastIndex(of: "}"), open < close else {
            throw DiagnosisError(code: .malformedReply, message: "the reply holds no JSON object")
        }
        do {
            return try JSONDecoder().decode(ModelReplyText.self, from: Data(content[open...close].utf8))
        } catch {
            throw DiagnosisError(
                code: .malformedReply, message: "the reply is not the asked-for JSON (summary, risks, comments)")
        }
    }
}
