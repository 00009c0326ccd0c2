extension SimulatorState {
    /// Registers a new connection on `side`; the state writes to it through the returned stream.
    func openWebSocket(side: SimulatorSide) -> (id: Int, outbox: AsyncStream<WebSocketOutbound>) {
        let (stream, continuation) = AsyncStream.makeStream(of: WebSocketOutbound.self)
        let id = webSockets.nextSessionID
        webSockets.nextSessionID += 1
        webSockets.sessions[id] = WebSocketSession(id: id, side: side, outbox: continuation)
        return (id, stream)
    }

    /// Forgets a connection that ended (its app key may open a new session).
    func closeWebSocket(_ id: Int) {
        webSockets.sessions.removeValue(forKey: id)?.outbox.finish()
    }

    /// Answers one text frame from the client: subscribe/unsubscribe acks and errors; a PINGPONG
    /// echo is counted and not answered.
    func receiveWebSocket(_ text: String, session id: Int) {
        guard let session = webSockets.sessions[id] else { return }
        switch WebSocketRequest(text) {
        case .pingEcho:
            webSockets.sessions[id]?.pingEchoes += 1
        case .invalid(let reply, let trID, let trKey):
            send(reply.text(trID: trID, trKey: trKey), to: id)
        case .subscription(let approvalKey, let register, let topic):
            send(subscription(approvalKey, register: register, topic: topic, session: session), to: id)
        }
    }

    /// Sends PINGPONG now to every session (of `side`, when given) that is not stalled.
    func pingWebSockets(side: SimulatorSide? = nil) {
        let text = WebSocketReply.pingPong(at: now)
        for id in webSockets.orderedIDs where side == nil || webSockets.sessions[id]?.side == side {
            if send(text, to: id) { webSockets.sessions[id]?.pingsSent += 1 }
        }
    }

    /// Sends PINGPONG to session `id` (its periodic timer).
    func pingWebSocket(_ id: Int) {
        if send(WebSocketReply.pingPong(at: now), to: id) { webSockets.sessions[id]?.pingsSent += 1 }
    }

    /// Drops every connection (of `side`, when given) without a close frame.
    func dropWebSockets(side: SimulatorSide? = nil) {
        for (_, session) in webSockets.sessions where side == nil || session.side == side {
            session.outbox.yield(.drop)
        }
    }

    /// Queues a text frame for session `id` unless it is stalled; returns whether it was queued.
    @discardableResult
    func send(_ text: String, to id: Int) -> Bool {
        guard let session = webSockets.sessions[id], !session.isStalled else { return false }
        session.outbox.yield(.text(text))
        webSockets.sessions[id]?.framesSent += 1
        return true
    }

    /// The open sessions, for tests and `GET /__sim/ws/sessions`.
    var webSocketSessions: [WebSocketSessionInfo] {
        webSockets.orderedIDs.compactMap { webSockets.sessions[$0].map(WebSocketSessionInfo.init) }
    }
}
