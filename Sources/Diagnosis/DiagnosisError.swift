/// The one error type of the `Diagnosis` module.
///
/// Model failures (every code from `.timeout` on) never reach the user as errors: the service turns them into
/// the offline diagnosis and stores ``fallbackReason``. `description` never contains an API key, a request
/// body or the account number: messages name the provider, the host and what went wrong.
package struct DiagnosisError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: String, Sendable, Hashable {
        /// A setting is missing or invalid (provider, model, base URL, template, API key variable).
        case configuration
        /// The database has no snapshot for the account yet.
        case noSnapshot
        /// Reading or storing failed.
        case storage
        /// No reply within the time limit.
        case timeout
        /// HTTP 429 from the provider.
        case rateLimited
        /// HTTP 5xx from the provider.
        case serverError
        /// Any other non-2xx status (401, 403, 404 …).
        case httpStatus
        /// The connection failed.
        case transport
        /// The reply is not the wire format or not the asked-for JSON.
        case malformedReply
        /// The provider refused or filtered the answer.
        case refused
        /// The grounding check dropped more than half of the reply.
        case mostlyDropped
    }

    package var code: Code
    /// One line, without secrets.
    package var message: String
    package var underlying: (any Error)?
    /// Where the error was raised.
    package var location: String

    /// Creates an error.
    package init(
        code: Code, message: String, underlying: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.location = "\(fileID):\(line)"
    }

    package var description: String { "DiagnosisError.\(code.rawValue): \(message)" }

    /// The line stored as a diagnosis's fallback reason, such as `timeout: gemini gave no reply within 30 seconds`.
    package var fallbackReason: String { "\(code.rawValue): \(message)" }
}
