/// The body of a successful `/oauth2/tokenP` answer.
struct TokenResponseDTO: Decodable {
    var accessToken: String?
    var accessTokenExpired: String?
    var tokenType: String?
    var expiresIn: Int64?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case accessTokenExpired = "access_token_token_expired"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}

/// The error shape of `/oauth2/*` (HTTP 403): `{"error_code":"EGW00133","error_description":"…"}`.
struct OAuthErrorDTO: Decodable {
    var errorCode: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code"
        case errorDescription = "error_description"
    }
}

/// The body of `/oauth2/revokeP`: `{"code":200,"message":"…"}` (`code` is a JSON number).
struct RevokeResponseDTO: Decodable {
    var code: Int?
    var message: String?
}

/// The tokenP request body.
struct TokenRequestDTO: Encodable {
    var grantType = "client_credentials"
    var appKey: String
    var appSecret: String

    enum CodingKeys: String, CodingKey {
        case grantType = "grant_type"
        case appKey = "appkey"
        case appSecret = "appsecret"
    }
}

/// The revokeP request body.
struct RevokeRequestDTO: Encodable {
    var appKey: String
    var appSecret: String
    var token: String

    enum CodingKeys: String, CodingKey {
        case appKey = "appkey"
        case appSecret = "appsecret"
        case token
    }
}
