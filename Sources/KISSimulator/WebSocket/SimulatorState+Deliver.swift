import Digest

extension SimulatorState {
    /// Sends one burst of records (plain text) to a subscription as data frames, `001` each, with
    /// the `ws…` faults applied record by record (see ``FaultKind``).
    func deliver(_ records: [String], session id: Int, subscription: WebSocketSubscription) {
        let trID = subscription.topic.trID
        guard let side = webSockets.sessions[id]?.side else { return }
        var packed: [String] = []
        var packing = false
        for (n, record) in records.enumerated() {
            let fired = faults.webSocketFaults(side: side, trID: trID, isSubscribe: false)
            for rule in fired { stats[side].faults[rule.kind.rawValue, default: 0] += 1 }
            let kinds = Set(fired.map(\.kind))
            if kinds.contains(.wsStall) { webSockets.sessions[id]?.isStalled = true }
            var text = record
            if let rule = fired.first(where: { $0.kind == .wsExtraFields }) {
                text += (1...max(1, rule.extraFields ?? 2)).map { "^EXTRA\($0)" }.joined()
            }
            if n == 0, records.count > 1, kinds.contains(.wsMultiRecord) { packing = true }
            if packing {
                packed.append(text)
                if n < records.count - 1 { continue }
            }
            let frame = Self.dataFrame(packing ? packed : [text], subscription: subscription)
            if kinds.contains(.wsGarbage) { send("\u{1}\u{7F}garbage|\(trID)|???|not a KIS frame", to: id) }
            send(frame, to: id)
            if kinds.contains(.wsDuplicate) { send(frame, to: id) }
            if kinds.contains(.wsDrop) {
                webSockets.sessions[id]?.outbox.yield(.drop)
                webSockets.sessions[id]?.isStalled = true
                return
            }
        }
    }

    /// `<enc>|<tr_id>|<count>|<payload>` (SPEC §7.3): records joined by `^`; encrypted
    /// subscriptions get `1` and the AES-256-CBC/Base64 of the payload.
    static func dataFrame(_ records: [String], subscription: WebSocketSubscription) -> String {
        let payload = records.joined(separator: "^")
        let head = "|\(subscription.topic.trID)|\(pad(records.count, 3))|"
        guard subscription.encrypted else { return "0" + head + payload }
        let cipher = (try? AES256CBC.encrypt(payload, key: subscription.key, iv: subscription.iv)) ?? ""
        return "1" + head + cipher
    }
}
