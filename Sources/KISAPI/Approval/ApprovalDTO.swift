/// The `/oauth2/Approval` request body.
///
/// KIS names the app secret `secretkey` here, not `appsecret`.
struct ApprovalRequestDTO: Encodable {
    var grantType = "client_credentials"
    var appKey: String
    var secretKey: String

    enum CodingKeys: String, CodingKey {
        case grantType = "grant_type"
        case appKey = "appkey"
        case secretKey = "secretkey"
    }
}

/// The `/oauth2/Approval` answer: `{"approval_key":"<uuid-like>"}`.
struct ApprovalResponseDTO: Decodable {
    var approvalKey: String?

    enum CodingKeys: String, CodingKey {
        case approvalKey = "approval_key"
    }
}

/// What the approval-key cache file holds (JSON, mode 0600): the key, its times and the last request time.
///
/// `{"version":1,"mode":"real","appKeyHash":"…","approvalKey":"…","issuedAt":…,"lastIssueAt":…}`; times are
/// seconds since 1970.
struct ApprovalCacheRecord: Codable, Sendable, Equatable {
    var version = 1
    var mode: String
    var appKeyHash: String
    var approvalKey: String?
    var issuedAt: Double?
    var lastIssueAt: Double?
}
