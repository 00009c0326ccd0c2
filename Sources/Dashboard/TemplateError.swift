/// The one error type of the `Dashboard` module: a template that cannot be used.
package struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// The template file (or name) the error is about.
    package var source: String
    /// The offending key, dotted (`colors.up`), when one is to blame.
    package var key: String?
    /// What is wrong, for the user.
    package var message: String

    /// Creates an error.
    package init(source: String, key: String? = nil, message: String) {
        self.source = source
        self.key = key
        self.message = message
    }

    package var description: String {
        "template \(source): " + (key.map { "\($0): " } ?? "") + message
    }
}
