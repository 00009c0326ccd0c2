/// An ordered list of header fields with case-insensitive lookup.
///
/// Order is kept because some servers (and our request logs) care about it; lookup ignores case because
/// HTTP header names are case-insensitive (KIS documents `tr_cont`, clients send `Authorization` or `authorization`).
package struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header field.
    package struct Field: Sendable, Hashable {
        /// The name as given.
        package var name: String
        /// The value.
        package var value: String

        /// Creates a field.
        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in order.
    package private(set) var fields: [Field]

    /// Creates headers from fields in order.
    package init(_ fields: [(String, String)] = []) {
        self.fields = fields.map { Field(name: $0.0, value: $0.1) }
    }

    /// Creates headers from a literal, keeping its order.
    package init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// Appends a field, keeping any existing field of the same name.
    package mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field named `name` (any case) with one field, or removes them when `value` is `nil`.
    package subscript(name: String) -> String? {
        get { first(name) }
        set {
            let lowered = name.lowercased()
            let position = fields.firstIndex { $0.name.lowercased() == lowered } ?? fields.count
            fields.removeAll { $0.name.lowercased() == lowered }
            if let newValue {
                fields.insert(Field(name: name, value: newValue), at: Swift.min(position, fields.count))
            }
        }
    }

    /// The value of the first field named `name`, ignoring case.
    package func first(_ name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// Whether a field named `name` exists, ignoring case.
    package func contains(_ name: String) -> Bool { first(name) != nil }

    /// The number of fields.
    package var count: Int { fields.count }

    package func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}
