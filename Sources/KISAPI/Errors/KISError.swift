package import HTTPTransport

/// Why a KIS inquiry failed.
///
/// Shaped like NIO's `FileSystemError` (house style rule 12). KIS's `msg_cd` is mapped to ``Code`` at the
/// boundary; the raw code stays in ``messageCode``. ``description`` never contains the account number,
/// app key/secret, token or the request's query string: server texts have long digit runs masked and
/// everything else is written by us from the operation name and field names.
package struct KISError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: String, Sendable, Hashable, CaseIterable {
        /// `EGW00201`/`EGW00215`: too many calls per second, still so after the bounded retries.
        case rateLimited
        /// `EGW00123`: the access token expired (and one re-issue did not help).
        case tokenExpired
        /// `EGW00121`/`EGW00122`/`EGW00205`: the token is unknown, missing or malformed.
        case tokenInvalid
        /// `EGW00133`: a token was issued less than a minute ago (1 issuance per minute per app key).
        case tokenIssueTooFrequent
        /// `EGW00102`–`EGW00105`: the app key or secret is missing or wrong.
        case invalidAppKey
        /// `EGW2004`: a real-account TR id was sent to the paper domain.
        case notPaperTR
        /// `OPSQ0002`: KIS does not know the TR id (e.g. a real-only inquiry on paper).
        case unknownService
        /// `SYDB0050`: the data changed while paging (still so after the bounded restarts).
        case dataChangedWhilePaging
        /// Any other `rt_cd` ≠ "0": KIS refused the request (see ``messageCode``).
        case rejected
        /// `EGW00001`/`EGW00002` or an HTTP 5xx without a KIS body, still so after the bounded retries.
        case serverUnavailable
        /// No response in time, still so after the bounded retries.
        case timeout
        /// The connection failed, still so after the bounded retries.
        case transport
        /// The body is not the JSON shape the operation expects (missing `rt_cd`, wrong types).
        case malformedResponse
        /// A field that must hold a number, date, code or flag holds something else (never read as 0).
        case invalidField
        /// A reply that contradicts itself or the request (rows vs totals, dates outside the asked range, a close
        /// below the day's low, a negative quantity): nothing of it is used.
        case inconsistentReply
        /// A paged inquiry reached the configured page limit and KIS still said "more".
        case pageLimitExceeded
        /// The response header `tr_cont` was neither `M`/`F` (more) nor `D`/`E` (last).
        case invalidContinuation
        /// The configuration (environment, config file) is missing or invalid.
        case configuration
        /// The token cache or its lock could not be read or written.
        case tokenCache
        /// The operation does not exist for this trading mode (e.g. chk-holiday on paper).
        case unsupportedInMode
        /// A call that is never resent (an order) got no usable answer: KIS may or may not have executed it.
        case outcomeUnknown
    }

    /// What went wrong.
    package var code: Code
    /// Our description, for example `inquire-balance output1[3].hldg_qty: "12a" is not a number`.
    package var message: String
    /// The operation, for example `inquire-balance` or `tokenP`.
    package var operation: String
    /// KIS's `msg_cd` or `error_code`, when KIS sent one.
    package var messageCode: String?
    /// The HTTP status, when a response arrived.
    package var httpStatus: Int?
    /// The error from below (an ``HTTPTransportError``, a `DecodingError`, a file error).
    package var underlying: (any Error)?
    /// Where the error was raised.
    package var location: SourceLocation

    /// Creates an error.
    package init(
        _ code: Code, _ message: String, operation: String, messageCode: String? = nil, httpStatus: Int? = nil,
        underlying: (any Error)? = nil, function: String = #function, file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.operation = operation
        self.messageCode = messageCode
        self.httpStatus = httpStatus
        self.underlying = underlying
        self.location = SourceLocation(function: function, file: file, line: line)
    }

    package var description: String {
        let scoped = message.hasPrefix(operation) ? message : "\(operation): \(message)"
        var text = "KIS \(code.phrase): \(scoped)"
        if let messageCode { text += " (\(messageCode))" }
        if let httpStatus { text += " HTTP \(httpStatus)" }
        return text
    }

    /// Whether no usable answer arrived: a timeout, a broken connection, a 5xx without a KIS body, or a body that
    /// cannot be read.
    ///
    /// Most often a network or gateway glitch, so an idempotent call (an inquiry, tokenP) gets bounded retries;
    /// a call that is never resent (an order) becomes ``Code/outcomeUnknown`` instead.
    package var isUnusableAnswer: Bool {
        [.timeout, .transport, .serverUnavailable, .malformedResponse].contains(code)
    }

    /// Whether retrying the same inquiry later may succeed (rate limits, timeouts, server trouble).
    package var isTransient: Bool {
        switch code {
        case .rateLimited, .serverUnavailable, .timeout, .transport, .dataChangedWhilePaging: true
        default: false
        }
    }
}
