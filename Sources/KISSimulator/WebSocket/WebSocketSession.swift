/// What the state asks a connection's writer to do.
enum WebSocketOutbound: Sendable {
    /// Send a text frame.
    case text(String)
    /// Close the TCP connection at once, without a close frame (a dropped connection).
    case drop
}

/// A registered real-time topic: TR id plus key (stock code, or HTS id for notices).
struct WebSocketTopic: Hashable, Sendable {
    var trID: String
    var trKey: String
}

/// One subscription: its AES key/IV (fresh per subscription) and, for ticks, the last bar sent.
struct WebSocketSubscription: Sendable {
    var topic: WebSocketTopic
    /// 32 characters.
    var key: String
    /// 16 characters.
    var iv: String
    /// Whether data frames of this TR are encrypted (`header.encrypt` of the ack).
    var encrypted: Bool
    /// H0STCNT0: the last minute bar reported, as (day number, bar index).
    var lastBar: BarPosition
}

/// A minute bar's place in time, ordered by day then index.
struct BarPosition: Comparable, Sendable {
    var day: Int
    var index: Int

    static func < (a: BarPosition, b: BarPosition) -> Bool { (a.day, a.index) < (b.day, b.index) }
}

/// One open WebSocket connection as the state sees it.
struct WebSocketSession: Sendable {
    let id: Int
    let side: SimulatorSide
    let outbox: AsyncStream<WebSocketOutbound>.Continuation
    /// Bound by the first accepted subscribe (one session per app key).
    var appKey: String?
    /// In subscription order.
    var subscriptions: [WebSocketSubscription] = []
    /// A `wsStall` fault fired: nothing more is sent, the socket stays open.
    var isStalled = false
    var framesSent = 0
    var pingsSent = 0
    /// PINGPONG JSON echoed back as a text frame (PYKIS/MOJITO style).
    var pingEchoes = 0

    /// The subscription index of `topic`.
    func index(of topic: WebSocketTopic) -> Int? { subscriptions.firstIndex { $0.topic == topic } }
}

/// The WebSocket side of the state: open sessions and issued approval keys.
struct WebSocketHub: Sendable {
    var sessions: [Int: WebSocketSession] = [:]
    /// approval_key → (side, app key) it was issued for.
    var approvals: [String: (side: SimulatorSide, appKey: String)] = [:]
    var nextSessionID = 1
    /// Feeds the per-subscription key/IV generator.
    var keySerial = 0

    /// Session ids in opening order.
    var orderedIDs: [Int] { sessions.keys.sorted() }

    /// Whether any session on `side` subscribes to a TR in `trIDs`.
    func hasSubscribers(side: SimulatorSide? = nil, trIDs: Set<String>) -> Bool {
        sessions.values.contains { session in
            (side == nil || session.side == side) && session.subscriptions.contains { trIDs.contains($0.topic.trID) }
        }
    }

    /// A fresh key (32 characters) and IV (16) for a subscription, deterministic per serial.
    mutating func freshKeyAndIV() -> (key: String, iv: String) {
        keySerial += 1
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var h = Noise.hash([0x5753, UInt64(keySerial)])
        var text = ""
        for _ in 0..<48 {
            h = Noise.mix(h)
            text.append(alphabet[Int(h % UInt64(alphabet.count))])
        }
        return (String(text.prefix(32)), String(text.suffix(16)))
    }
}
