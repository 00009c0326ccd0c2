extension SimulatorState {
    /// Execution-notice TR of a side (SPEC §7.5): H0STCNI0 real, H0STCNI9 paper.
    static func noticeTR(_ side: SimulatorSide) -> String { side == .real ? "H0STCNI0" : "H0STCNI9" }

    /// TRs accepted without data (market operation, SPEC §7.7): subscribed and acked, nothing sent yet.
    static let silentTRs: Set<String> = ["H0STMKO0", "H0NXMKO0", "H0UNMKO0"]

    /// Handles a subscribe (`register`) or unsubscribe and returns the ack or error text.
    ///
    /// Order of checks: the `wsApprovalRefused` fault, the approval key (unknown `OPSP0011`, issued
    /// for another domain or app key `OPSP0010`), one session per app key (`OPSP8996`), the TR id of
    /// this domain (`OPSP8991`), the key (`OPSP8992`: a known stock code, or the domain account's HTS
    /// id for notices), then the registration itself (`OPSP0002`/`0003`/`0008`).
    func subscription(_ approvalKey: String, register: Bool, topic: WebSocketTopic, session: WebSocketSession)
        -> String
    {
        let side = session.side
        let refuse = { (reply: WebSocketReply) in reply.text(trID: topic.trID, trKey: topic.trKey) }
        let fired = faults.webSocketFaults(side: side, trID: topic.trID, isSubscribe: true)
        for rule in fired { stats[side].faults[rule.kind.rawValue, default: 0] += 1 }
        guard fired.isEmpty, let approval = webSockets.approvals[approvalKey] else {
            return refuse(.approvalNotFound)
        }
        guard approval.side == side, let book = accounts[side], book.appKey == approval.appKey else {
            return refuse(.invalidAppKey)
        }
        if session.appKey == nil {
            let inUse = webSockets.sessions.values.contains { $0.id != session.id && $0.appKey == approval.appKey }
            guard !inUse else { return refuse(.appKeyInUse) }
            webSockets.sessions[session.id]?.appKey = approval.appKey
        }
        let isNotice = topic.trID == Self.noticeTR(side)
        guard isNotice || topic.trID == "H0STCNT0" || Self.silentTRs.contains(topic.trID) else {
            return refuse(.invalidTRID)
        }
        guard isNotice ? topic.trKey == book.htsId : market.stock(topic.trKey) != nil else {
            return refuse(.invalidTRKey)
        }
        let existing = session.index(of: topic)
        guard register else {
            guard let existing else { return refuse(.notSubscribed) }
            let removed = session.subscriptions[existing]
            webSockets.sessions[session.id]?.subscriptions.remove(at: existing)
            return WebSocketReply.unsubscribed.text(
                trID: topic.trID, trKey: topic.trKey, encrypted: removed.encrypted,
                keyAndIV: (removed.key, removed.iv))
        }
        guard existing == nil else { return refuse(.alreadySubscribed) }
        guard session.subscriptions.count < limits.webSocketMaxSubscriptions else {
            return refuse(.maxSubscriptions)
        }
        if isNotice {
            // Real time only: what happened before this subscription goes to earlier subscribers, not here.
            accounts[side]?.advance(to: now, market: market, rules: rules)
            publishOrderEvents()
        }
        let (key, iv) = webSockets.freshKeyAndIV()
        let added = WebSocketSubscription(
            topic: topic, key: key, iv: iv, encrypted: isNotice, lastBar: market.tradedBar(topic.trKey, at: now))
        webSockets.sessions[session.id]?.subscriptions.append(added)
        return WebSocketReply.subscribed.text(
            trID: topic.trID, trKey: topic.trKey, encrypted: isNotice, keyAndIV: (key, iv))
    }
}
