extension SimulatorState {
    /// Answers one HTTP request that arrived on `side`'s listener, then brings the real-time feeds
    /// up to date (an accepted order's acknowledgement and fills go out before the reply).
    func handle(_ request: SimRequest, side: SimulatorSide) -> SimResponse {
        let response = handleRequest(request, side: side)
        publishRealTime()
        return response
    }

    private func handleRequest(_ request: SimRequest, side: SimulatorSide) -> SimResponse {
        let wall = self.wall.now
        if request.path.hasPrefix("/__sim") { return control(request, side: side) }
        let now = clock.now(at: wall)
        for key in accounts.keys { accounts[key]?.advance(to: now, market: market, rules: rules) }

        let trID = request.header("tr_id") ?? ""
        let routeName = request.path.split(separator: "/").last.map(String.init) ?? request.path
        stats[side].calls[routeName, default: 0] += 1
        if !trID.isEmpty { stats[side].trCalls[trID, default: 0] += 1 }

        let operation = TRTable.operation(at: request.path)
        let isContinuation = request.header("tr_cont")?.trimmingSpaces.uppercased() == "N"
        let fired = faults.faults(
            for: .init(
                side: side, path: request.path, trID: trID, isContinuation: isContinuation,
                isPaginated: operation?.isPaginated ?? false))
        for rule in fired { stats[side].faults[rule.kind.rawValue, default: 0] += 1 }
        if let early = earlyFault(fired, request: request, side: side, trID: trID) {
            return recordRejection(early, side: side)
        }

        var response = route(request, side: side, now: now, wall: wall, trID: trID)
        response = recordRejection(response, side: side)
        for rule in fired {
            switch rule.kind {
            case .slow: response.delay = max(response.delay, rule.delaySeconds ?? 1)
            case .held: response.isHeld = true
            case .truncated: response.body = FaultBodies.truncate(response.body)
            case .malformedJSON: response.body = FaultBodies.malform(response.body)
            case .lostReply:
                let delay = max(response.delay, rule.delaySeconds ?? 0)
                response = FaultBodies.html(504, "Gateway Time-out")
                response.delay = delay
            default: break
            }
        }
        return response
    }

    /// Faults that replace the reply without executing the call.
    private func earlyFault(_ fired: [FaultRule], request: SimRequest, side: SimulatorSide, trID: String)
        -> SimResponse?
    {
        for rule in fired {
            switch rule.kind {
            case .http500: return FaultBodies.html(500, "Internal Server Error")
            case .http502: return FaultBodies.html(502, "Bad Gateway")
            case .rateLimitBurst: return .envelope(500, KISMessage.rateLimited.0, KISMessage.rateLimited.1)
            case .revokeToken:
                if let token = bearerToken(request) { tokens.revoke(token) }
                return .envelope(500, KISMessage.tokenInvalid.0, KISMessage.tokenInvalid.1)
            case .dataChanged:
                return .envelope(200, KISMessage.dataChanged.0, KISMessage.dataChanged.1)
                    .adding(headers: [("tr_id", trID), ("tr_cont", "D")])
            case .slow, .held, .truncated, .malformedJSON, .lostReply: continue
            case .wsDrop, .wsStall, .wsGarbage, .wsExtraFields, .wsMultiRecord, .wsDuplicate, .wsApprovalRefused:
                continue
            }
        }
        return nil
    }

    private func route(
        _ request: SimRequest, side: SimulatorSide, now: KSTTime, wall: Duration, trID: String
    ) -> SimResponse {
        switch (request.method, request.path) {
        case ("POST", "/oauth2/tokenP"): return issueToken(request, side: side, now: now, wall: wall)
        case ("POST", "/oauth2/revokeP"): return revokeToken(request, side: side)
        case ("POST", "/oauth2/Approval"): return approvalKey(request, side: side)
        default: break
        }
        guard request.path.hasPrefix("/uapi/") else {
            return .envelope(404, KISMessage.unknownService.0, KISMessage.unknownService.1)
        }
        if let refusal = checkCredentials(request, side: side) { return refusal }
        guard rateLimiter.admit(request.header("appkey") ?? "", limit: limits.rate(side), at: wall) else {
            return .envelope(500, KISMessage.rateLimited.0, KISMessage.rateLimited.1)
        }
        if request.path == "/uapi/hashkey", request.method == "POST" { return hashkey(request) }
        if let refusal = checkToken(request, side: side, now: now) { return refusal }
        switch TRTable.resolve(trID: trID, path: request.path, method: request.method, side: side) {
        case .failure(let refusal):
            return .envelope(500, refusal.message.0, refusal.message.1)
        case .success(let tr):
            return serve(tr, request: request, side: side, now: now, trID: trID)
        }
    }

    /// Counts refusals by code.
    private func recordRejection(_ response: SimResponse, side: SimulatorSide) -> SimResponse {
        if let code = response.errorCode { stats[side].rejected[code, default: 0] += 1 }
        return response
    }

    /// `appkey`/`appsecret` headers against the side's account (EGW00102–00105).
    private func checkCredentials(_ request: SimRequest, side: SimulatorSide) -> SimResponse? {
        guard let key = request.header("appkey"), !key.isEmpty else {
            return .envelope(500, KISMessage.appKeyMissing.0, KISMessage.appKeyMissing.1)
        }
        guard let account = accounts[side], account.appKey == key else {
            return .envelope(500, KISMessage.appKeyInvalid.0, KISMessage.appKeyInvalid.1)
        }
        guard let secret = request.header("appsecret"), !secret.isEmpty else {
            return .envelope(500, KISMessage.appSecretMissing.0, KISMessage.appSecretMissing.1)
        }
        guard secret == account.appSecret else {
            return .envelope(500, KISMessage.appSecretInvalid.0, KISMessage.appSecretInvalid.1)
        }
        return nil
    }

    /// The token of an `authorization: Bearer …` header.
    func bearerToken(_ request: SimRequest) -> String? {
        guard let header = request.header("authorization") else { return nil }
        let parts = header.trimmingSpaces.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingSpaces
    }

    /// EGW00122 (missing), EGW00205 (not Bearer), EGW00121 (unknown/revoked/other side), EGW00123 (expired).
    private func checkToken(_ request: SimRequest, side: SimulatorSide, now: KSTTime) -> SimResponse? {
        guard let header = request.header("authorization"), !header.trimmingSpaces.isEmpty else {
            return .envelope(500, KISMessage.tokenMissing.0, KISMessage.tokenMissing.1)
        }
        guard let token = bearerToken(request) else {
            return .envelope(500, KISMessage.notBearer.0, KISMessage.notBearer.1)
        }
        switch tokens.validate(token, side: side, appKey: request.header("appkey") ?? "", now: now) {
        case .valid: return nil
        case .invalid: return .envelope(500, KISMessage.tokenInvalid.0, KISMessage.tokenInvalid.1)
        case .expired: return .envelope(500, KISMessage.tokenExpired.0, KISMessage.tokenExpired.1)
        }
    }
}

extension SimResponse {
    /// This reply with extra headers appended.
    func adding(headers extra: [(String, String)]) -> SimResponse {
        var copy = self
        copy.headers += extra.map { (name: $0.0, value: $0.1) }
        return copy
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String { trimming { $0 == UInt8(ascii: " ") } }

    /// The text without leading and trailing ASCII whitespace.
    var trimmingWhitespace: String {
        trimming {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
    }

    /// Trims ASCII bytes from both ends by scanning UTF-8 (tokens are ~350 characters and are
    /// trimmed on every call, so this stays off the generic `reversed()` path).
    private func trimming(_ isTrimmed: (UInt8) -> Bool) -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end && isTrimmed(bytes[start]) { start += 1 }
        while end > start && isTrimmed(bytes[end - 1]) { end -= 1 }
        if start == 0 && end == bytes.count { return String(self) }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
