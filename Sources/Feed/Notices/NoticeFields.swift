import Foundation
import PortfolioModel

/// Reads one notice record's fields by name through its layout, with errors naming position and field.
///
/// Values of personal fields (CUST_ID, ACNT_NO, ACNT_NAME) never appear in an error.
struct NoticeFields {
    static let personal: Set<String> = ["CUST_ID", "ACNT_NO", "ACNT_NAME"]

    let fields: [String]
    let layout: RecordLayout
    let trID: String

    /// The trimmed text of `name`; empty when the layout has no such field.
    func text(_ name: String) -> String {
        guard let index = layout.index(of: name), index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespaces)
    }

    /// Whether the layout has field `name`.
    func has(_ name: String) -> Bool { layout.index(of: name) != nil }

    /// The error for field `name`, quoting its value unless it is personal.
    func invalid(_ name: String, _ expectation: String) -> FeedError {
        let index = layout.index(of: name)
        let shown = Self.personal.contains(name) ? "" : " (got '\(JSONText.printable(text(name)))')"
        return FeedError(
            .invalidField, "\(expectation)\(shown)", trID: trID, fieldIndex: index, fieldName: name)
    }

    /// A required non-negative integer (zero-padded on the wire).
    func integer(_ name: String) throws -> Int64 {
        let value = text(name)
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int64(value)
        else { throw invalid(name, "expected a non-negative integer") }
        return number
    }

    /// An optional non-negative integer: blank is `nil`.
    func optionalInteger(_ name: String) throws -> Int64? {
        text(name).isEmpty ? nil : try integer(name)
    }

    /// A required one-of code.
    func code(_ name: String, in allowed: Set<String>) throws -> String {
        let value = text(name)
        guard allowed.contains(value) else {
            throw invalid(name, "expected one of \(allowed.sorted().joined(separator: "/"))")
        }
        return value
    }
}
