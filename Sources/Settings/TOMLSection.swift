import TOMLKit

/// One `[section]` of the settings file, read key by key with errors that name `[section] key`.
///
/// Every key read is remembered, so ``unknownKeys()`` can report typos instead of silently ignoring them.
struct TOMLSection {
    let name: String
    let table: TOMLTable?
    let path: String
    private(set) var seen: Set<String> = []

    init(_ name: String, in root: TOMLTable, path: String) throws {
        self.name = name
        self.path = path
        guard let value = root[name] else {
            table = nil
            return
        }
        guard let table = value.table else {
            throw SettingsError(.invalidValue, "\(path): [\(name)] must be a table, not a single value")
        }
        self.table = table
    }

    private func invalid(_ key: String, _ what: String) -> SettingsError {
        SettingsError(.invalidValue, "\(path): [\(name)] \(key) \(what)")
    }

    mutating func string(_ key: String) throws -> String? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let text = value.string else { throw invalid(key, "must be a string") }
        return text
    }

    mutating func int(_ key: String, range: ClosedRange<Int>) throws -> Int? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let n = value.int else { throw invalid(key, "must be a whole number") }
        guard range.contains(n) else {
            throw invalid(key, "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return n
    }

    mutating func double(_ key: String, range: ClosedRange<Double>) throws -> Double? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let n = value.double ?? value.int.map(Double.init) else { throw invalid(key, "must be a number") }
        guard range.contains(n) else {
            throw invalid(key, "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return n
    }

    mutating func bool(_ key: String) throws -> Bool? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let flag = value.bool else { throw invalid(key, "must be true or false") }
        return flag
    }

    mutating func strings(_ key: String) throws -> [String]? {
        seen.insert(key)
        guard let value = table?[key] else { return nil }
        guard let array = value.array else { throw invalid(key, "must be an array of strings") }
        return try array.map { item in
            guard let text = item.string else { throw invalid(key, "must be an array of strings") }
            return text
        }
    }

    /// A `HH:MM` time of day.
    mutating func time(_ key: String) throws -> String? {
        guard let text = try string(key) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { throw invalid(key, "must be a KST time like \"09:00\"") }
        return text
    }

    /// One of `choices`.
    mutating func choice(_ key: String, _ choices: [String]) throws -> String? {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text) else {
            throw invalid(key, "must be one of \(choices.map { "\"\($0)\"" }.joined(separator: ", ")), not \"\(text)\"")
        }
        return text
    }

    /// Keys present in the file but never read.
    func unknownKeys() -> [String] {
        (table?.keys ?? []).filter { !seen.contains($0) }.sorted()
    }
}
