import Digest

extension SimulatorState {
    /// `POST /oauth2/tokenP`: at most one call per `tokenIssueInterval` per app key (EGW00133, 403);
    /// the same token again within the reuse window.
    func issueToken(_ request: SimRequest, side: SimulatorSide, now: KSTTime, wall: Duration)
        -> SimResponse
    {
        guard let body = RequestBody.loose(request.body) else {
            return .oauthError(KISMessage.grantTypeMissing.0, KISMessage.grantTypeMissing.1)
        }
        guard let grant = body["grant_type"], !grant.isEmpty else {
            return .oauthError(KISMessage.grantTypeMissing.0, KISMessage.grantTypeMissing.1)
        }
        guard grant == "client_credentials" else {
            return .oauthError(KISMessage.grantTypeUnsupported.0, KISMessage.grantTypeUnsupported.1)
        }
        if let refusal = oauthCredentials(key: body["appkey"], secret: body["appsecret"], side: side) { return refusal }
        let key = body["appkey"] ?? ""
        guard !tokens.isTooSoon(appKey: key, wall: wall, interval: .seconds(limits.tokenIssueInterval)) else {
            return .oauthError(KISMessage.tokenTooSoon.0, KISMessage.tokenTooSoon.1)
        }
        let (token, isNew) = tokens.issue(
            side: side, appKey: key, now: now, wall: wall, lifetime: limits.tokenLifetime,
            reuseWindow: limits.tokenReuseWindow)
        if isNew { stats[side].tokensIssued += 1 }
        let remaining = Int((token.expiresAt.secondsSinceEpoch - now.secondsSinceEpoch).rounded())
        let object: JSONObject = [
            "access_token": .string(token.value),
            "access_token_token_expired": .string(token.expiresAt.tokenExpiryText),
            "token_type": "Bearer",
            "expires_in": .number(remaining),
        ]
        return .json(200, object)
    }

    /// `POST /oauth2/revokeP`.
    func revokeToken(_ request: SimRequest, side: SimulatorSide) -> SimResponse {
        let body = RequestBody.loose(request.body) ?? [:]
        if let refusal = oauthCredentials(key: body["appkey"], secret: body["appsecret"], side: side) { return refusal }
        guard let value = body["token"], tokens.tokens[value]?.side == side, tokens.revoke(value) else {
            return .oauthError(KISMessage.tokenInvalid.0, KISMessage.tokenInvalid.1)
        }
        return .json(200, ["code": 200, "message": "접근토큰 폐기에 성공하였습니다"] as JSONObject)
    }

    /// `POST /oauth2/Approval`: the WebSocket approval key (note the `secretkey` field).
    func approvalKey(_ request: SimRequest, side: SimulatorSide) -> SimResponse {
        let body = RequestBody.loose(request.body) ?? [:]
        if let refusal = oauthCredentials(key: body["appkey"], secret: body["secretkey"], side: side) { return refusal }
        approvalSerial += 1
        let key = body["appkey"] ?? ""
        let value = TokenShape.uuidLike(
            Noise.hash([Noise.hash(key), 90, UInt64(approvalSerial)]),
            Noise.hash([Noise.hash(key), 91, UInt64(approvalSerial)]))
        webSockets.approvals[value] = (side, key)
        return .json(200, ["approval_key": .string(value)] as JSONObject)
    }

    /// `POST /uapi/hashkey`: echoes the body and its SHA-256 (SPEC §3.4).
    func hashkey(_ request: SimRequest) -> SimResponse {
        guard RequestBody.isObject(request.body) else {
            return .envelope(500, KISMessage.badBody.0, KISMessage.badBody.1)
        }
        let trimmed = Array(String(decoding: request.body, as: UTF8.self).trimmingWhitespace.utf8)
        return .json(200, ["BODY": .raw(trimmed), "HASH": .string(SHA256.hex(request.body))] as JSONObject)
    }

    /// App key and secret in an oauth2 body, answered in the 403 `error_code` shape.
    private func oauthCredentials(key: String?, secret: String?, side: SimulatorSide) -> SimResponse? {
        guard let key, !key.isEmpty else { return .oauthError(KISMessage.appKeyMissing.0, KISMessage.appKeyMissing.1) }
        guard let account = accounts[side], account.appKey == key else {
            return .oauthError(KISMessage.appKeyInvalid.0, KISMessage.appKeyInvalid.1)
        }
        guard let secret, !secret.isEmpty else {
            return .oauthError(KISMessage.appSecretMissing.0, KISMessage.appSecretMissing.1)
        }
        guard secret == account.appSecret else {
            return .oauthError(KISMessage.appSecretInvalid.0, KISMessage.appSecretInvalid.1)
        }
        return nil
    }
}
