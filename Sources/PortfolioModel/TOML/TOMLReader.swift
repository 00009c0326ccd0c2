internal import TOMLKit

/// Reads typed values out of one table of a TOML document, key by key, and remembers which keys were read.
///
/// The one TOML reader (issue 9). The settings file (`Settings.TOMLSection`, which gathers every problem of the
/// file) and dashboard templates (`Dashboard.TemplateLoader`, which stops at the first) both read through it. An
/// absent key reads as `nil`; a value of the wrong type or out of range throws a ``TOMLProblem`` naming the key, which
/// each module words and wraps in its own error type. Keys present but never read are typos until proven otherwise:
/// ``unreadKeys`` lists them.
///
/// TOMLKit stays behind this type: no TOMLKit type appears in its API.
package struct TOMLReader {
    private let values: TOMLTable
    /// The dotted path of this table (`""` for the document's root).
    package let path: String
    /// Every key asked for so far, present or not (the names a typo is compared with).
    package private(set) var readKeys: Set<String> = []

    /// Parses a whole document and reads its root table.
    /// - Throws: ``TOMLProblem`` of kind ``TOMLProblem/Kind/syntax(_:line:column:)``.
    package init(parsing text: String) throws(TOMLProblem) {
        do {
            values = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLProblem(
                table: "", key: "",
                kind: .syntax(error.description, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            // TOMLKit documents only TOMLParseError; anything else has no position to report.
            throw TOMLProblem(table: "", key: "", kind: .syntax("\(error)", line: nil, column: nil))
        }
        path = ""
    }

    private init(values: TOMLTable, path: String) {
        self.values = values
        self.path = path
    }

    /// Every key of this table, sorted.
    package var keys: [String] { values.keys.sorted() }

    /// The keys of this table that no reader asked for, sorted.
    package var unreadKeys: [String] { keys.filter { !readKeys.contains($0) } }

    /// A problem with `key` that the caller found in its value (an unknown choice, a malformed colour).
    /// - Returns: A problem of kind ``TOMLProblem/Kind/invalid(_:)`` naming the key in this table.
    package func invalid(_ key: String, _ message: String) -> TOMLProblem {
        TOMLProblem(table: path, key: key, kind: .invalid(message))
    }

    /// Throws for the first key, in sorted order, that no reader asked for.
    /// - Throws: ``TOMLProblem`` of kind ``TOMLProblem/Kind/unknownKey``.
    package func rejectUnreadKeys() throws(TOMLProblem) {
        if let unknown = unreadKeys.first { throw TOMLProblem(table: path, key: unknown, kind: .unknownKey) }
    }

    /// The sub-table `key`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` when the key holds a single value.
    package mutating func table(_ key: String) throws(TOMLProblem) -> TOMLReader? {
        guard let value = present(key) else { return nil }
        guard let sub = value.table else { throw wrongType(key, .table) }
        return TOMLReader(values: sub, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The string `key`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` when the key holds another kind of value.
    package mutating func string(_ key: String) throws(TOMLProblem) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.string else { throw wrongType(key, .string) }
        return text
    }

    /// The whole number `key` within `range`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` for another kind of value or a number out of range.
    package mutating func integer(_ key: String, in range: ClosedRange<Int>) throws(TOMLProblem) -> Int? {
        guard let value = present(key) else { return nil }
        guard let number = value.int else { throw wrongType(key, .wholeNumber) }
        try check(number, in: range, key)
        return number
    }

    /// The number (integer or floating-point) `key` within `range`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` for another kind of value or a number out of range.
    package mutating func number(_ key: String, in range: ClosedRange<Double>) throws(TOMLProblem) -> Double? {
        guard let value = present(key) else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else { throw wrongType(key, .number) }
        try check(number, in: range, key)
        return number
    }

    /// The boolean `key`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` when the key holds another kind of value.
    package mutating func bool(_ key: String) throws(TOMLProblem) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.bool else { throw wrongType(key, .bool) }
        return flag
    }

    /// The array of strings `key`, or `nil` when absent.
    /// - Throws: ``TOMLProblem`` when the key holds anything but an array of strings.
    package mutating func strings(_ key: String) throws(TOMLProblem) -> [String]? {
        guard let value = present(key) else { return nil }
        guard let array = value.array else { throw wrongType(key, .strings) }
        let texts = array.compactMap(\.string)
        guard texts.count == array.count else { throw wrongType(key, .strings) }
        return texts
    }

    /// Marks `key` as read and returns its value, or `nil` when absent.
    private mutating func present(_ key: String) -> (any TOMLValueConvertible)? {
        readKeys.insert(key)
        return values[key]
    }

    private func wrongType(_ key: String, _ expected: TOMLProblem.Expected) -> TOMLProblem {
        TOMLProblem(table: path, key: key, kind: .wrongType(expected))
    }

    private func check<N: Comparable>(_ number: N, in range: ClosedRange<N>, _ key: String) throws(TOMLProblem) {
        guard range.contains(number) else {
            throw TOMLProblem(
                table: path, key: key,
                kind: .outOfRange(
                    value: "\(number)", lowerBound: "\(range.lowerBound)", upperBound: "\(range.upperBound)"))
        }
    }
}
