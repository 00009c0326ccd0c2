import Foundation
import KISDashTestSupport

/// Seeded mutations of a KIS answer's JSON: one change per case, the kinds a broken or hostile server sends.
struct ReplyMutator {
    enum Kind: String, CaseIterable, Sendable {
        case negate, plusOne, timesTen, fraction, blank, garbage, huge, remove
        case duplicateRow, dropRow, emptyArray, removeArray
    }

    /// One mutation: what it did, for the report.
    struct Mutation: CustomStringConvertible {
        var kind: Kind
        var path: String
        var description: String { "\(kind.rawValue) \(path)" }
    }

    var rng: SeededGenerator

    /// Mutates `object` (a decoded answer) once; `nil` when the chosen mutation had nothing to act on.
    mutating func mutate(_ object: inout [String: Any]) -> Mutation? {
        let arrays = object.keys.filter { $0.hasPrefix("output") }.sorted()
        guard let kind = rng.pick(Kind.allCases), let field = rng.pick(arrays) else { return nil }
        switch kind {
        case .emptyArray, .removeArray, .duplicateRow, .dropRow:
            guard var rows = object[field] as? [[String: Any]], !rows.isEmpty else { return nil }
            let index = Int(rng.next() % UInt64(rows.count))
            switch kind {
            case .emptyArray: object[field] = [[String: Any]]()
            case .removeArray: object[field] = nil
            case .duplicateRow: rows.insert(rows[index], at: index)
            default: rows.remove(at: index)
            }
            if kind == .duplicateRow || kind == .dropRow { object[field] = rows }
            return Mutation(kind: kind, path: kind == .duplicateRow || kind == .dropRow ? "\(field)[\(index)]" : field)
        default:
            return mutateLeaf(kind, in: &object, field: field)
        }
    }

    private mutating func mutateLeaf(_ kind: Kind, in object: inout [String: Any], field: String) -> Mutation? {
        var rows: [[String: Any]]
        let single = object[field] is [String: Any]
        if single, let row = object[field] as? [String: Any] {
            rows = [row]
        } else {
            rows = object[field] as? [[String: Any]] ?? []
        }
        guard !rows.isEmpty else { return nil }
        let index = Int(rng.next() % UInt64(rows.count))
        let keys = rows[index].keys.sorted()
        guard let key = rng.pick(keys), let value = rows[index][key] as? String else { return nil }
        let mutated: String?
        switch kind {
        case .negate: mutated = value.hasPrefix("-") ? String(value.dropFirst()) : "-" + value
        case .plusOne: mutated = Int64(value).map { String($0 + 1) }
        case .timesTen: mutated = Int64(value).map { String($0 * 10) }
        case .fraction: mutated = value.contains(".") ? value + "7" : value + ".7"
        case .blank: mutated = ""
        case .garbage: mutated = value + "a"
        case .huge: mutated = "9" + String(repeating: "9", count: 18)
        default: mutated = nil
        }
        if kind == .remove {
            rows[index][key] = nil
        } else {
            guard let mutated, mutated != value else { return nil }
            rows[index][key] = mutated
        }
        object[field] = single ? rows[0] : rows
        return Mutation(kind: kind, path: single ? "\(field).\(key)" : "\(field)[\(index)].\(key)")
    }
}
