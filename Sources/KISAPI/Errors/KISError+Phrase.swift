extension KISError.Code {
    /// A few words for error lines (no type names): `KIS rate limit: …`.
    package var phrase: String {
        switch self {
        case .rateLimited: "rate limit"
        case .tokenExpired: "token expired"
        case .tokenInvalid: "token refused"
        case .tokenIssueTooFrequent: "token issued too recently"
        case .invalidAppKey: "app key refused"
        case .notPaperTR: "not a paper inquiry"
        case .unknownService: "unknown service"
        case .dataChangedWhilePaging: "data changed while paging"
        case .rejected: "refused"
        case .serverUnavailable: "server unavailable"
        case .timeout: "timeout"
        case .transport: "unreachable"
        case .malformedResponse: "unreadable reply"
        case .invalidField: "invalid field"
        case .inconsistentReply: "inconsistent reply"
        case .pageLimitExceeded: "too many pages"
        case .invalidContinuation: "bad continuation flag"
        case .configuration: "configuration"
        case .tokenCache: "token cache"
        case .unsupportedInMode: "not available in this mode"
        case .outcomeUnknown: "outcome unknown"
        }
    }
}
