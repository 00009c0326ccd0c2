/// One open WebSocket session as the control API reports it.
package struct WebSocketSessionInfo: Codable, Sendable, Equatable {
    /// A registration: TR id, key and whether its frames are encrypted.
    package struct Subscription: Codable, Sendable, Equatable {
        package var trID: String
        package var trKey: String
        package var encrypted: Bool
    }

    package var id: Int
    package var side: SimulatorSide
    /// The app key bound by the first accepted subscribe, if any.
    package var appKey: String?
    package var subscriptions: [Subscription]
    /// Text frames queued to the client (acks, data, PINGPONG, garbage).
    package var framesSent: Int
    package var pingsSent: Int
    /// PINGPONG JSON echoed back by the client as a text frame.
    package var pingEchoes: Int
    /// A `wsStall` fault silenced the session.
    package var isStalled: Bool

    init(_ session: WebSocketSession) {
        id = session.id
        side = session.side
        appKey = session.appKey
        subscriptions = session.subscriptions.map {
            Subscription(trID: $0.topic.trID, trKey: $0.topic.trKey, encrypted: $0.encrypted)
        }
        framesSent = session.framesSent
        pingsSent = session.pingsSent
        pingEchoes = session.pingEchoes
        isStalled = session.isStalled
    }
}
