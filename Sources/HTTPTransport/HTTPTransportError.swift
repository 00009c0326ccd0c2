/// Why an HTTP exchange produced no usable response.
///
/// Shaped like NIO's `FileSystemError`: a `code` to switch on, a human `message`, the `underlying` error and
/// where it was raised. ``description`` never contains header values, bodies or the query string (KIS puts the
/// account number there), so the error can be logged as is.
package struct HTTPTransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: String, Sendable, Hashable {
        /// No complete response within the request's time limit.
        case timeout
        /// The connection could not be made or broke (DNS, refused, reset, TLS).
        case connectionFailed
        /// The task was cancelled.
        case cancelled
        /// Something that is not an HTTP response came back.
        case invalidResponse
        /// The request could not be built (bad URL, bad body).
        case invalidRequest
    }

    /// What went wrong.
    package var code: Code
    /// A description without secrets: method and path at most.
    package var message: String
    /// The error from the layer below, with any URL stripped.
    package var underlying: (any Error)?
    /// Where the error was raised.
    package var location: SourceLocation
    /// The request certainly never reached the server (no host, connection refused, no network), so it cannot have
    /// had an effect there.
    package var wasNeverSent = false

    /// Creates an error.
    package init(
        code: Code, message: String, underlying: (any Error)? = nil,
        function: String = #function, file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.location = SourceLocation(function: function, file: file, line: line)
    }

    package var description: String { "HTTPTransportError.\(code.rawValue): \(message)" }
}
