/// The one error type of the `Reporting` module: a dashboard that could not be made or written.
package struct ReportError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    package enum Code: String, Sendable {
        /// The template is missing or invalid.
        case template
        /// A font the template names is not installed.
        case font
        /// The data could not be loaded (database or KIS).
        case data
        /// There is nothing to draw yet (no synced snapshot).
        case noData
        /// Drawing or writing the PDF failed (disk full, permissions).
        case write
        /// The written PDF failed its checks (page count, fonts).
        case check
    }

    package var code: Code
    /// One line for the user.
    package var message: String
    /// The error underneath, if any.
    package var underlying: (any Error)?
    /// Where in our code the error was raised.
    package var location: String

    /// Creates an error.
    package init(
        _ code: Code, _ message: String, underlying: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.location = "\(fileID):\(line)"
    }

    package var description: String { message }
}
