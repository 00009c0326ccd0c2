/// Access tokens issued by `/oauth2/tokenP`, per side and app key.
///
/// Issuance frequency is measured on the wall clock (EGW00133); lifetime and the 6-hour
/// "same token again" window on the simulated clock.
struct TokenStore: Sendable {
    struct Token: Sendable {
        var value: String
        var side: SimulatorSide
        var appKey: String
        var issuedAt: KSTTime
        var expiresAt: KSTTime
        var isRevoked = false
    }

    enum Validation: Equatable {
        case valid
        case invalid
        case expired
    }

    private(set) var tokens: [String: Token] = [:]
    private var current: [String: String] = [:]
    private var lastIssue: [String: Duration] = [:]
    private var serial = 0

    /// True when a tokenP call for `appKey` now would break the once-per-interval rule.
    func isTooSoon(appKey: String, wall: Duration, interval: Duration) -> Bool {
        guard let last = lastIssue[appKey] else { return false }
        return wall - last < interval
    }

    /// Answers tokenP: the current token when it was issued less than `reuseWindow` ago and is still
    /// good, otherwise a new one.
    ///
    /// Returns the token and whether it is new.
    mutating func issue(
        side: SimulatorSide, appKey: String, now: KSTTime, wall: Duration, lifetime: Double,
        reuseWindow: Double
    ) -> (token: Token, isNew: Bool) {
        lastIssue[appKey] = wall
        if let value = current[appKey], let token = tokens[value], !token.isRevoked, now < token.expiresAt,
            now.secondsSinceEpoch - token.issuedAt.secondsSinceEpoch < reuseWindow
        {
            return (token, false)
        }
        serial += 1
        let value = TokenShape.make(side: side, appKey: appKey, serial: serial, issuedAt: now, lifetime: lifetime)
        let token = Token(
            value: value, side: side, appKey: appKey, issuedAt: now, expiresAt: now.adding(seconds: lifetime))
        tokens[value] = token
        current[appKey] = value
        return (token, true)
    }

    /// Checks a bearer token presented on `side` with `appKey`.
    func validate(_ value: String, side: SimulatorSide, appKey: String, now: KSTTime) -> Validation {
        guard let token = tokens[value], token.side == side, token.appKey == appKey, !token.isRevoked else {
            return .invalid
        }
        return now < token.expiresAt ? .valid : .expired
    }

    /// Revokes one token; returns false when it is unknown.
    @discardableResult
    mutating func revoke(_ value: String) -> Bool {
        guard tokens[value] != nil else { return false }
        tokens[value]?.isRevoked = true
        return true
    }

    /// Revokes every token of a side (or of both).
    mutating func revokeAll(side: SimulatorSide?) {
        for (value, token) in tokens where side == nil || token.side == side {
            tokens[value]?.isRevoked = true
        }
    }

    /// Forgets when tokens were last issued, so the next tokenP is not refused (test helper).
    mutating func forgetIssueTimes() { lastIssue.removeAll() }
}
