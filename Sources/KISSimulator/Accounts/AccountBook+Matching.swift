extension AccountBook {
    /// Fills open orders against the market between when they were last checked and `now`.
    ///
    /// Fixed-price sessions (`05`, `06`) fill the whole order at the session's price when the
    /// session starts (or at arrival). In continuous windows of the order's venue each minute bar
    /// trades once, at its first-trade second: a buy limit fills when the bar's low reaches it (at
    /// the limit, or at the bar's open when it gapped through), a sell symmetrically, a market-type
    /// order at the bar's open; each bar gives one order at most ``FillModel/cap(_:)`` shares, so a
    /// large order fills over several minutes. Orders live for their own day only.
    mutating func advance(to now: KSTTime, market: MarketModel, rules: OrderRules) {
        for i in orders.indices where orders[i].remainingQuantity > 0 {
            let order = orders[i]
            guard order.checkedUntil < now.secondsSinceEpoch else { continue }
            orders[i].checkedUntil = now.secondsSinceEpoch
            guard let series = market.series[order.code], let session = series.session(on: order.date) else {
                continue
            }
            let sessions = rules.schedule.sessions.filter {
                $0.venue == order.route && $0.orderTypes.contains(order.orderType)
            }
            for window in sessions where window.matching == .previousClose || window.matching == .todayClose {
                let second = max(window.startSecond, order.second)
                let instant = KSTTime(date: order.date, secondOfDay: Double(second))
                guard window.contains(second), instant.secondsSinceEpoch > order.checkedUntil, instant <= now,
                    orders[i].remainingQuantity > 0
                else { continue }
                let price = window.matching == .previousClose ? session.previousClose : session.daily.close
                record(
                    Fill(
                        date: order.date, second: second, quantity: orders[i].remainingQuantity, price: price,
                        movesCash: true), order: i)
            }
            let windows = sessions.filter { $0.matching == .continuous }
            guard !windows.isEmpty else { continue }
            let fromSecond =
                KSTTime(secondsSinceEpoch: order.checkedUntil).date == order.date
                ? KSTTime(secondsSinceEpoch: order.checkedUntil).wholeSecondOfDay : 0
            let firstIndex = max(0, (fromSecond - Session.openSecond) / 60)
            for bar in session.bars where bar.index >= firstIndex && bar.index > orders[i].consumedBar {
                let tradeSecond = bar.startSecond + series.firstTradeSecond(on: order.date, minute: bar.index)
                let instant = KSTTime(date: order.date, secondOfDay: Double(tradeSecond))
                if instant.secondsSinceEpoch <= order.checkedUntil { continue }
                if instant > now { break }
                guard windows.contains(where: { $0.contains(tradeSecond) }),
                    let price = Self.fillPrice(order, bar: bar)
                else { continue }
                let quantity = min(orders[i].remainingQuantity, rules.fills.cap(bar.volume))
                record(
                    Fill(date: order.date, second: tradeSecond, quantity: quantity, price: price, movesCash: true),
                    order: i)
                orders[i].consumedBar = bar.index
                if orders[i].remainingQuantity == 0 { break }
            }
        }
    }

    /// The price at which `order` trades in `bar`, or nil when it does not.
    static func fillPrice(_ order: OrderRecord, bar: MinuteBar) -> Int? {
        if order.isMarket { return bar.open }
        switch order.side {
        case .buy: return bar.low <= order.price ? min(order.price, bar.open) : nil
        case .sell: return bar.high >= order.price ? max(order.price, bar.open) : nil
        }
    }
}
