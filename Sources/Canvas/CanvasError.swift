/// The one error type of the `Canvas` module: a Cairo or Pango call that failed.
package struct CanvasError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    package enum Code: String, Sendable {
        /// The PDF surface could not be created (bad path, no permission).
        case surface
        /// Drawing failed; Cairo's status says why (for example, no space left while writing).
        case drawing
        /// A font family the template names is not installed.
        case fontMissing
    }

    /// What failed.
    package var code: Code
    /// One line for the user.
    package var message: String
    /// Where in our code the error was raised.
    package var location: String

    /// Creates an error.
    package init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.location = "\(fileID):\(line)"
    }

    package var description: String { "CanvasError.\(code): \(message)" }
}
