internal import Foundation

extension SimulatorState {
    /// The control API under `/__sim/` (both ports, no auth, not rate-limited, not counted).
    func control(_ request: SimRequest, side: SimulatorSide) -> SimResponse {
        if let reply = webSocketControl(request) { return reply }
        switch (request.method, request.path) {
        case ("GET", "/__sim/health"):
            return .json(200, ["ok": .bool(true), "side": .string(side.rawValue)] as JSONObject)
        case ("GET", "/__sim/clock"):
            return clockReply()
        case ("POST", "/__sim/clock"):
            guard let change = decode(ClockChange.self, request.body) else {
                return badRequest("expected {now?, speed?, advanceSeconds?}")
            }
            if let text = change.now {
                guard let time = KSTTime(parsing: text) else { return badRequest("now must be ISO 8601") }
                setClock(time)
            }
            if let seconds = change.advanceSeconds { setClock(now.adding(seconds: seconds)) }
            if let speed = change.speed { setSpeed(speed) }
            return clockReply()
        case ("GET", "/__sim/stats"):
            return encoded(stats)
        case ("POST", "/__sim/stats/reset"):
            stats = SimulatorStats()
            return encoded(stats)
        case ("GET", "/__sim/faults"):
            return encoded(faults.plan)
        case ("POST", "/__sim/faults"):
            guard let plan = decode(FaultPlan.self, request.body) else { return badRequest("expected a fault plan") }
            setFaults(plan)
            return encoded(plan)
        case ("DELETE", "/__sim/faults"):
            setFaults(.none)
            return encoded(FaultPlan.none)
        case ("POST", "/__sim/revoke"):
            let target = RequestBody.loose(request.body)?["side"].flatMap(SimulatorSide.init(rawValue:))
            tokens.revokeAll(side: target)
            return .json(200, ["revoked": .string(target?.rawValue ?? "all")] as JSONObject)
        case ("GET", "/__sim/limits"):
            return encoded(limits)
        case ("POST", "/__sim/limits"):
            guard let change = decode(LimitsChange.self, request.body) else { return badRequest("expected limits") }
            change.apply(to: &limits)
            return encoded(limits)
        case ("POST", "/__sim/reset"):
            do {
                try reset()
                return .json(200, ["reset": .bool(true)] as JSONObject)
            } catch {
                return .json(500, ["error": .string("\(error)")] as JSONObject)
            }
        case ("GET", "/__sim/account"):
            let target = request.query["side"].flatMap(SimulatorSide.init(rawValue:)) ?? side
            guard let snapshot = snapshot(target) else { return .json(404, ["error": "no such account"] as JSONObject) }
            return encoded(snapshot)
        default:
            return .json(
                404, ["error": .string("unknown control route \(request.method) \(request.path)")] as JSONObject)
        }
    }

    private func clockReply() -> SimResponse {
        .json(200, ["now": .string(now.description), "speed": .double(clock.speed)] as JSONObject)
    }

    private func badRequest(_ message: String) -> SimResponse {
        .json(400, ["error": .string(message)] as JSONObject)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ body: [UInt8]) -> T? {
        try? JSONDecoder().decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
    }

    private func encoded(_ value: some Encodable) -> SimResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value) else {
            return .json(500, ["error": "encoding failed"] as JSONObject)
        }
        return SimResponse(
            status: 200, headers: [(name: "Content-Type", value: SimResponse.jsonType)], body: Array(data))
    }
}

/// Body of `POST /__sim/clock`.
struct ClockChange: Decodable {
    var now: String?
    var speed: Double?
    var advanceSeconds: Double?
}

/// Body of `POST /__sim/limits`: any subset of the limits.
struct LimitsChange: Decodable {
    var realRate: Int?
    var paperRate: Int?
    var tokenIssueInterval: Double?
    var tokenLifetime: Double?
    var tokenReuseWindow: Double?
    var webSocketPingInterval: Double?
    var webSocketMaxSubscriptions: Int?

    func apply(to limits: inout SimulatorLimits) {
        if let webSocketPingInterval { limits.webSocketPingInterval = webSocketPingInterval }
        if let webSocketMaxSubscriptions { limits.webSocketMaxSubscriptions = webSocketMaxSubscriptions }
        if let realRate { limits.realRate = realRate }
        if let paperRate { limits.paperRate = paperRate }
        if let tokenIssueInterval { limits.tokenIssueInterval = tokenIssueInterval }
        if let tokenLifetime { limits.tokenLifetime = tokenLifetime }
        if let tokenReuseWindow { limits.tokenReuseWindow = tokenReuseWindow }
    }
}
