extension SimulatorControl {
    /// The open WebSocket sessions: side, bound app key, subscriptions, frame and PINGPONG counters.
    package func webSocketSessions() async -> [WebSocketSessionInfo] { await state.webSocketSessions }

    /// Sends PINGPONG now on every WebSocket session (of `side`, when given).
    package func sendPing(side: SimulatorSide? = nil) async { await state.pingWebSockets(side: side) }

    /// Drops every WebSocket connection (of `side`, when given) without a close frame.
    package func dropWebSocketConnections(side: SimulatorSide? = nil) async { await state.dropWebSockets(side: side) }

    /// Publishes what the simulated clock has reached (fills, ticks) now rather than at the next pulse.
    package func publishRealTime() async { await state.publishRealTime() }
}

extension SimulatorState {
    /// `/__sim/ws/…` control routes, or nil when `request` is not one.
    func webSocketControl(_ request: SimRequest) -> SimResponse? {
        let side = RequestBody.loose(request.body)?["side"].flatMap(SimulatorSide.init(rawValue:))
        switch (request.method, request.path) {
        case ("GET", "/__sim/ws/sessions"):
            let sessions = webSocketSessions.map { info -> JSON in
                let subscriptions = info.subscriptions.map { s -> JSON in
                    .object(["trID": .string(s.trID), "trKey": .string(s.trKey), "encrypted": .bool(s.encrypted)])
                }
                return .object([
                    "id": .number(info.id), "side": .string(info.side.rawValue),
                    "appKey": info.appKey.map(JSON.string) ?? .null, "subscriptions": .array(subscriptions),
                    "framesSent": .number(info.framesSent), "pingsSent": .number(info.pingsSent),
                    "pingEchoes": .number(info.pingEchoes), "isStalled": .bool(info.isStalled),
                ])
            }
            return .json(200, ["sessions": .array(sessions)] as JSONObject)
        case ("POST", "/__sim/ws/ping"):
            pingWebSockets(side: side)
            return .json(200, ["pinged": .string(side?.rawValue ?? "all")] as JSONObject)
        case ("POST", "/__sim/ws/drop"):
            dropWebSockets(side: side)
            return .json(200, ["dropped": .string(side?.rawValue ?? "all")] as JSONObject)
        default:
            return nil
        }
    }
}
