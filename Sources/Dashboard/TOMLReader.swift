internal import TOMLKit

/// Reads typed values out of one TOML table, naming the dotted key in every error and rejecting unknown keys.
struct TOMLReader {
    private let table: TOMLTable
    private let path: String
    private let source: String
    private var used: Set<String> = []

    /// Parses `text`; a syntax error names its line and column.
    init(text: String, source: String) throws(TemplateError) {
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TemplateError(
                source: source,
                message: "not valid TOML at line \(error.source.begin.line), column \(error.source.begin.column): "
                    + error.description)
        } catch {
            throw TemplateError(source: source, message: "not valid TOML: \(error)")
        }
        path = ""
        self.source = source
    }

    private init(table: TOMLTable, path: String, source: String) {
        self.table = table
        self.path = path
        self.source = source
    }

    private func dotted(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func error(_ key: String, _ message: String) -> TemplateError {
        TemplateError(source: source, key: dotted(key), message: message)
    }

    /// The sub-table `key`, or `nil` when absent.
    mutating func table(_ key: String) throws(TemplateError) -> TOMLReader? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let sub = value.table else { throw error(key, "expected a table like [\(dotted(key))]") }
        return TOMLReader(table: sub, path: dotted(key), source: source)
    }

    mutating func string(_ key: String) throws(TemplateError) -> String? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error(key, "expected a string in quotes") }
        return text
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>) throws(TemplateError) -> Double? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else { throw error(key, "expected a number") }
        guard range.contains(number) else {
            throw error(key, "\(number) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(TemplateError) -> Int? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error(key, "expected a whole number") }
        guard range.contains(number) else {
            throw error(key, "\(number) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    mutating func bool(_ key: String) throws(TemplateError) -> Bool? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error(key, "expected true or false") }
        return flag
    }

    mutating func strings(_ key: String) throws(TemplateError) -> [String]? {
        used.insert(key)
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "expected a list of strings, like [\"a\", \"b\"]") }
        var result: [String] = []
        for item in array {
            guard let text = item.string else { throw error(key, "expected a list of strings, like [\"a\", \"b\"]") }
            result.append(text)
        }
        return result
    }

    /// Throws for the first key in this table that no reader asked for (a typo would otherwise be ignored).
    func rejectUnknownKeys() throws(TemplateError) {
        if let unknown = table.keys.sorted().first(where: { !used.contains($0) }) {
            throw error(unknown, "unknown key")
        }
    }
}
