/// What the token cache file holds: the token, its expiry and when a token was last asked for.
///
/// JSON, one file per (app key, mode): `{"version":1,"mode":"real","appKeyHash":"…","accessToken":"…",
/// "expiresAt":1752622267,"expiresAtKST":"2025-07-16 08:31:07","lastIssueAt":1752535867.2}`.
/// Times are seconds since 1970. `lastIssueAt` is written *before* tokenP is sent, so a second process
/// starting within the minute waits or reuses instead of asking again (KIS allows one issuance per minute).
struct TokenCacheRecord: Codable, Sendable, Equatable {
    var version = 1
    var mode: String
    var appKeyHash: String
    var accessToken: String?
    var expiresAt: Double?
    var expiresAtKST: String?
    var lastIssueAt: Double?
}
