/// Faults to inject, read from `--faults FILE`, `POST /__sim/faults` or set from code.
///
/// ```json
/// {"seed": 7, "rules": [
///   {"route": "inquire-balance", "kind": "dataChanged", "calls": [1]},
///   {"route": "FHKST01010100", "side": "paper", "kind": "http502", "rate": 0.1},
///   {"route": "*", "kind": "slow", "every": 5, "delaySeconds": 2},
///   {"route": "H0STCNI0", "kind": "wsDrop", "calls": [3]},
///   {"route": "H0STCNT0", "kind": "wsExtraFields", "extraFields": 3}
/// ]}
/// ```
package struct FaultPlan: Codable, Sendable {
    /// Seed of the `rate` draws (default 1).
    package var seed: UInt64?
    package var rules: [FaultRule]

    /// A plan with the given rules.
    package init(seed: UInt64? = nil, rules: [FaultRule] = []) {
        self.seed = seed
        self.rules = rules
    }

    /// No faults.
    package static var none: FaultPlan { FaultPlan() }
}

/// What goes wrong.
///
/// Kinds that replace the reply before routing (`http500`, `http502`, `rateLimitBurst`,
/// `revokeToken`, `dataChanged`) do not execute the call. `slow`, `held`, `malformedJSON`, `truncated` and
/// `lostReply` execute it first — on `order-cash`/`order-rvsecncl` the order (or amend/cancel) is
/// booked and matched — and only then spoil the reply, the case a client must settle by reading
/// inquire-daily-ccld before resending (SPEC §5.7 client rule 1).
///
/// The `ws…` kinds act on the WebSocket listeners only (REST calls never fire them, nor do WebSocket
/// frames fire the others). Their `route` is `*`, `ws`, or a TR id (`H0STCNI0`, `H0STCNI9`,
/// `H0STCNT0`); their ordinals count the data records sent for that route (one per notice or tick),
/// except `wsApprovalRefused`, whose ordinals count subscribe/unsubscribe messages.
package enum FaultKind: String, Codable, Sendable, CaseIterable {
    /// HTTP 500 with a non-KIS (HTML) body; the call is not executed.
    case http500
    /// HTTP 502 with a non-KIS (HTML) body; the call is not executed.
    case http502
    /// The normal reply, sent after `delaySeconds`.
    case slow
    /// The normal reply, held until the test releases it (``SimulatorControl/releaseHeldReplies()``) or the
    /// simulator stops: a server that hangs for exactly as long as the test needs.
    case held
    /// `EGW00201` for this call and the next `burst − 1` matching calls.
    case rateLimitBurst
    /// Revokes the presented token, then answers `EGW00121` (as do later calls with it).
    case revokeToken
    /// HTTP 200 with a body that is not valid JSON; the call is executed.
    case malformedJSON
    /// HTTP 200 with the JSON text cut short; the call is executed.
    case truncated
    /// On a continuation request (`tr_cont: N`) of a paginated TR: `SYDB0050` "자료가 변경되었습니다".
    case dataChanged
    /// The call is executed, then its answer is lost: HTTP 504 with a proxy's HTML page instead,
    /// sent after `delaySeconds` (default 0) so that a client with a shorter timeout sees a timeout.
    case lostReply
    /// WebSocket: this record's frame is sent, then the TCP connection is closed without a close
    /// frame (a connection dropped mid-burst: the rest of the burst is lost).
    case wsDrop
    /// WebSocket: from this record on the session sends nothing (data, acks, PINGPONG), but the socket
    /// stays open.
    case wsStall
    /// WebSocket: a text frame that is not KIS protocol is sent before this record's frame.
    case wsGarbage
    /// WebSocket: `extraFields` (default 2) extra fields are appended to this record (KIS adds fields
    /// without notice); encrypted records get them inside the ciphertext.
    case wsExtraFields
    /// WebSocket: when it fires on the first record of a burst (the records one subscription gets at
    /// once, e.g. an order's acknowledgement and its fill, or the ticks of a clock jump), the whole
    /// burst goes in one frame with count > 001, records concatenated with `^`.
    case wsMultiRecord
    /// WebSocket: this record's frame is sent twice.
    case wsDuplicate
    /// WebSocket: the subscribe/unsubscribe is refused with `OPSP0011` as if the approval key were unknown.
    case wsApprovalRefused

    /// Whether the kind acts on the WebSocket listeners.
    package var isWebSocket: Bool { rawValue.hasPrefix("ws") }
}

/// When and where a fault fires.
///
/// `route` matches a path (`/uapi/domestic-stock/v1/trading/inquire-balance`), its last component
/// (`inquire-balance`, `tokenP`), a TR id (`TTTC8434R`) or `*`. Calls matching `route` and `side` are
/// numbered 1, 2, 3…; the rule fires on the ordinals in `calls`, on every `every`-th, or with
/// probability `rate` (seeded, so the same ordinals fire every run). With none of the three it fires
/// on every matching call. `limit` caps how often it fires.
package struct FaultRule: Codable, Sendable {
    package var route: String
    package var side: SimulatorSide?
    package var kind: FaultKind
    package var rate: Double?
    package var calls: [Int]?
    package var every: Int?
    package var delaySeconds: Double?
    package var burst: Int?
    package var limit: Int?
    /// `wsExtraFields`: how many fields to append (default 2).
    package var extraFields: Int?

    /// Creates a rule.
    package init(
        route: String, side: SimulatorSide? = nil, kind: FaultKind, rate: Double? = nil, calls: [Int]? = nil,
        every: Int? = nil, delaySeconds: Double? = nil, burst: Int? = nil, limit: Int? = nil, extraFields: Int? = nil
    ) {
        self.extraFields = extraFields
        self.route = route
        self.side = side
        self.kind = kind
        self.rate = rate
        self.calls = calls
        self.every = every
        self.delaySeconds = delaySeconds
        self.burst = burst
        self.limit = limit
    }
}
