import TOMLKit

/// One `[section]` of the settings file, read key by key with errors that name `[section] key`.
///
/// Every key read is remembered, so ``unknownKeys()`` can report typos instead of silently ignoring them.
///
/// A bad value does not stop the reading: it is recorded in `problems` (shared by all sections of one file) and
/// read as unset, so one run reports every problem of the file.
struct TOMLSection {
    let name: String
    let table: TOMLTable?
    let path: String
    let problems: SettingsProblems
    private(set) var seen: Set<String> = []

    init(_ name: String, in root: TOMLTable, path: String, problems: SettingsProblems) {
        self.name = name
        self.path = path
        self.problems = problems
        guard let value = root[name] else {
            table = nil
            return
        }
        guard let table = value.table else {
            problems.add(.invalidValue, "\(path): [\(name)] must be a table, not a single value")
            self.table = nil
            return
        }
        self.table = table
    }

    /// Records a bad value of `key`.
    private func invalid(_ key: String, _ what: String) {
        problems.add(.invalidValue, "\(path): [\(name)] \(key) \(what)")
    }

    mutating func string(_ key: String) -> String? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let text = value.string else { invalid(key, "must be a string"); return nil }
        return text
    }

    mutating func int(_ key: String, range: ClosedRange<Int>) -> Int? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let n = value.int else { invalid(key, "must be a whole number"); return nil }
        guard range.contains(n) else {
            invalid(key, "must be between \(range.lowerBound) and \(range.upperBound)"); return nil
        }
        return n
    }

    mutating func double(_ key: String, range: ClosedRange<Double>) -> Double? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let n = value.double ?? value.int.map(Double.init) else { invalid(key, "must be a number"); return nil }
        guard range.contains(n) else {
            invalid(key, "must be between \(range.lowerBound) and \(range.upperBound)"); return nil
        }
        return n
    }

    mutating func bool(_ key: String) -> Bool? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let flag = value.bool else { invalid(key, "must be true or false"); return nil }
        return flag
    }

    mutating func strings(_ key: String) -> [String]? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let array = value.array else { invalid(key, "must be an array of strings"); return nil }
        let texts = array.compactMap(\.string)
        guard texts.count == array.count else { invalid(key, "must be an array of strings"); return nil }
        return texts
    }

    /// A `HH:MM` time of day.
    mutating func time(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { invalid(key, "must be a KST time like \"09:00\""); return nil }
        return text
    }

    /// One of `choices`.
    mutating func choice(_ key: String, _ choices: [String]) -> String? {
        guard let text = string(key) else { return nil }
        guard choices.contains(text) else {
            let hint = Suggestion.closest(to: text, in: choices).map { " (did you mean \"\($0)\"?)" } ?? ""
            invalid(
                key, "must be one of \(choices.map { "\"\($0)\"" }.joined(separator: ", ")), not \"\(text)\"\(hint)")
            return nil
        }
        return text
    }

    /// Records the keys present in the file but never read, each with the closest known key.
    func reportUnknownKeys() {
        for key in (table?.keys ?? []).filter({ !seen.contains($0) }).sorted() {
            let hint = Suggestion.closest(to: key, in: Array(seen)).map { " (did you mean \"\($0)\"?)" } ?? ""
            problems.add(.unknownKey, "\(path): [\(name)] unknown key \"\(key)\"\(hint)")
        }
    }
}
