import Foundation
import PortfolioModel

/// A value of a `--json` document: `null` written out (never a missing key), whole numbers as integers.
enum JSONValue: Encodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int64) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }

    /// `value`, or `null`.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    static func optional(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }
    static func seconds(_ value: Double?) -> JSONValue {
        value.map { .double(($0 * 1000).rounded() / 1000) } ?? .null
    }

    /// An instant as ISO 8601 in KST with its offset (`2025-12-04T10:30:00+09:00`), or `null`.
    static func time(_ date: Date?) -> JSONValue {
        guard let date else { return .null }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = KST.timeZone
        return .string(formatter.string(from: date))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }
}

/// The `--json` documents of `run`, `sync`, `doctor`, `config check` and `status`: one object with `schema`
/// (bumped on any incompatible change) and `command`, keys sorted, times ISO 8601 with offset, enums as values.
enum JSONDocument {
    /// The version of every `--json` document's shape (docs/json.md).
    static let schema: Int64 = 1

    /// The document text for `command` with `fields`.
    static func text(_ command: String, _ fields: [String: JSONValue]) -> String {
        var all = fields
        all["schema"] = .int(schema)
        all["command"] = .string(command)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONValue.object(all))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Prints the document on stdout.
    static func print(_ command: String, _ fields: [String: JSONValue]) {
        Swift.print(text(command, fields))
    }
}
