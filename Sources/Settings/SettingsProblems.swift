import Synchronization

/// The problems found while reading one settings file, gathered so one run reports all of them.
final class SettingsProblems: Sendable {
    private let found = Mutex<[(SettingsError.Code, String)]>([])

    /// Records one problem.
    func add(_ code: SettingsError.Code, _ message: String) {
        found.withLock { $0.append((code, message)) }
    }

    /// Records one problem found by the TOML reader.
    func add(_ error: SettingsError) {
        add(error.code, error.message)
    }

    /// The error carrying every problem (the first one's code and line first), or `nil` when there were none.
    var error: SettingsError? {
        let all = found.withLock { $0 }
        guard let first = all.first else { return nil }
        return SettingsError(first.0, first.1, all: all.map(\.1))
    }
}

/// "Did you mean": the known name closest to a typo.
package enum Suggestion {
    /// The candidate within two edits of `word` (or sharing its first five letters), closest first.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        return scored.filter { $0.1 <= max(2, word.count / 4) }.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
