@testable import KISAPI

/// The counts of one fuzz run, and its one-line report.
struct FuzzTally {
    var cases = 0
    var clean = 0
    var harmless = 0
    var unclean: [String] = []
    /// `operation field` (or `operation array kind` for row mutations) → count.
    var wrongData: [String: Int] = [:]
    var failureCodes: [KISError.Code: Int] = [:]
    /// One mutation per wrong-data key, to reproduce it.
    var examples: [String: String] = [:]

    mutating func cleanFailure(_ error: KISError) {
        cases += 1
        clean += 1
        failureCodes[error.code, default: 0] += 1
    }

    mutating func success(changed: Bool, _ operation: String, _ mutation: ReplyMutator.Mutation) {
        cases += 1
        guard changed else { return harmless += 1 }
        let key = Self.key(operation, mutation)
        wrongData[key, default: 0] += 1
        examples[key] = examples[key] ?? mutation.description
    }

    static func key(_ operation: String, _ m: ReplyMutator.Mutation) -> String {
        switch m.kind {
        case .duplicateRow, .dropRow, .emptyArray, .removeArray:
            let array = m.path.split(separator: "[").first.map(String.init) ?? m.path
            return "\(operation) \(array) \(m.kind.rawValue)"
        default:
            return "\(operation) \(m.path.split(separator: ".").last.map(String.init) ?? m.path)"
        }
    }

    func report(seed: UInt64) -> String {
        let wrong = wrongData.values.reduce(0, +)
        let codes = failureCodes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        let fields = wrongData.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
        return """
            fuzz seed \(seed): \(cases) mutated replies: clean failures \(clean) (\(codes.joined(separator: ", "))), \
            unchanged \(harmless), wrong-data successes \(wrong), other errors \(unclean.count)
            fuzz wrong-data fields: \(fields.isEmpty ? "none" : fields.joined(separator: "; "))
            """
    }
}
