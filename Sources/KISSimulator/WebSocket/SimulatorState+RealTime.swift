extension SimulatorState {
    /// Brings the real-time feeds up to the simulated now: books of sides with notice subscribers
    /// are matched to now (so fills caused by the running clock or a clock jump are noticed at once),
    /// pending order events go out as notices, and subscribed stocks get one tick per new minute bar.
    ///
    /// Called after every REST and control request, after clock changes, and by the pulse service.
    func publishRealTime() {
        if !webSockets.sessions.isEmpty {
            let now = self.now
            for side in SimulatorSide.allCases
            where webSockets.hasSubscribers(side: side, trIDs: [Self.noticeTR(side)]) {
                accounts[side]?.advance(to: now, market: market, rules: rules)
            }
        }
        publishOrderEvents()
        publishTicks()
    }

    /// Sends the pending order events of each account to the sessions subscribed to its notices,
    /// and forgets them (events nobody is subscribed to are dropped: notices are not replayed).
    func publishOrderEvents() {
        for side in SimulatorSide.allCases {
            guard let book = accounts[side], !book.events.isEmpty else { continue }
            accounts[side]?.events.removeAll()
            let topic = WebSocketTopic(trID: Self.noticeTR(side), trKey: book.htsId)
            let notice = ExecutionNotice(
                htsId: book.htsId, accountNumber: book.cano + book.productCode, holderName: ExecutionNotice.holderName)
            let records = book.events.map(notice.record)
            for id in webSockets.orderedIDs {
                guard let session = webSockets.sessions[id], session.side == side,
                    let index = session.index(of: topic)
                else { continue }
                deliver(records, session: id, subscription: session.subscriptions[index])
            }
        }
    }

    /// One H0STCNT0 record per minute bar whose first trade the clock has passed since the last
    /// report (at most the 60 most recent after a jump), per subscription.
    func publishTicks() {
        let now = self.now
        for id in webSockets.orderedIDs {
            guard let session = webSockets.sessions[id] else { continue }
            for (index, subscription) in session.subscriptions.enumerated() where subscription.topic.trID == "H0STCNT0"
            {
                let code = subscription.topic.trKey
                let current = market.tradedBar(code, at: now)
                guard current > subscription.lastBar else { continue }
                webSockets.sessions[id]?.subscriptions[index].lastBar = current
                guard current.index >= 0 else { continue }
                let first = current.day == subscription.lastBar.day ? subscription.lastBar.index + 1 : 0
                let bars = max(first, current.index - 59)...current.index
                let records = bars.compactMap { market.tradeTick(code, bar: $0, now: now) }
                if !records.isEmpty { deliver(records, session: id, subscription: subscription) }
            }
        }
    }
}
