package import Foundation

/// The diagnosis prompt, read from `templates/diagnosis_prompt.md` at run time so it can be edited without a
/// rebuild.
///
/// Placeholders: `{{fact_sheet}}` (required; the fact sheet as JSON), `{{loss_threshold}}` (e.g. `-5.00%`) and
/// `{{holding_codes}}` (the held stock codes, comma-separated). Nothing else from the account is available to a
/// template: no account number, no key.
package struct PromptTemplate: Sendable, Hashable {
    /// The file name under a templates folder.
    package static let fileName = "diagnosis_prompt.md"

    /// The template text.
    package var text: String

    /// The placeholders a template may use.
    package static let placeholders: Set<String> = ["fact_sheet", "loss_threshold", "holding_codes"]

    /// Creates a template; it must contain `{{fact_sheet}}` and no other placeholder than ``placeholders``.
    /// - Throws: ``DiagnosisError`` `.configuration`.
    package init(text: String) throws {
        guard text.contains("{{fact_sheet}}") else {
            throw DiagnosisError(code: .configuration, message: "the prompt template has no {{fact_sheet}} placeholder")
        }
        for part in text.components(separatedBy: "{{").dropFirst() {
            let name = part.components(separatedBy: "}}").first ?? part
            guard Self.placeholders.contains(name) else {
                throw DiagnosisError(code: .configuration, message: "the prompt template has an unknown placeholder")
            }
        }
        self.text = text
    }

    /// Reads the template at `url`.
    /// - Throws: ``DiagnosisError`` `.configuration` naming the file when it is missing or invalid.
    package static func load(_ url: URL) throws -> PromptTemplate {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DiagnosisError(code: .configuration, message: "cannot read the prompt template \(url.path)")
        }
        return try PromptTemplate(text: text)
    }

    /// The prompt for `facts`.
    package func render(_ facts: FactSheet) -> String {
        text.replacingOccurrences(of: "{{loss_threshold}}", with: facts.portfolio.lossThreshold.signed)
            .replacingOccurrences(
                of: "{{holding_codes}}", with: facts.holdings.map(\.code.rawValue).joined(separator: ", ")
            )
            .replacingOccurrences(of: "{{fact_sheet}}", with: facts.prettyJSON)
    }
}
