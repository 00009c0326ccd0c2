extension AccountBook {
    /// Fills open orders whose limit the market has crossed since they were last checked.
    ///
    /// Each minute bar trades once, at its first-trade second; a buy limit fills when the bar's low
    /// reaches it (at the limit, or at the bar's open when it gapped through), a sell symmetrically,
    /// a market order at the bar's open. Orders live for their own day only.
    mutating func advance(to now: KSTTime, market: MarketModel) {
        for i in orders.indices where orders[i].remainingQuantity > 0 {
            let order = orders[i]
            guard order.checkedUntil < now.secondsSinceEpoch else { continue }
            let dayEnd = KSTTime(date: order.date, secondOfDay: Double(Session.closeSecond))
            let until = min(now, dayEnd)
            orders[i].checkedUntil = now.secondsSinceEpoch
            guard until.secondsSinceEpoch > order.checkedUntil,
                let series = market.series[order.code], let session = series.session(on: order.date)
            else { continue }
            let fromSecond =
                KSTTime(secondsSinceEpoch: order.checkedUntil).date == order.date
                ? KSTTime(secondsSinceEpoch: order.checkedUntil).wholeSecondOfDay : 0
            let firstIndex = max(0, (fromSecond - Session.openSecond) / 60)
            for bar in session.bars where bar.index >= firstIndex {
                let tradeSecond = bar.startSecond + series.firstTradeSecond(on: order.date, minute: bar.index)
                let instant = KSTTime(date: order.date, secondOfDay: Double(tradeSecond))
                if instant.secondsSinceEpoch <= order.checkedUntil { continue }
                if instant > until { break }
                guard let price = Self.fillPrice(order, bar: bar) else { continue }
                record(
                    Fill(
                        date: order.date, second: tradeSecond, quantity: order.remainingQuantity, price: price,
                        movesCash: true),
                    order: i)
                break
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

extension AccountBook {
    /// Fills order `index` at once at the last price when it is marketable during the session
    /// (a market order, a buy limit at or above the price, a sell limit at or below it).
    mutating func fillIfMarketable(order index: Int, lastPrice: Int, now: KSTTime) {
        let second = now.wholeSecondOfDay
        let order = orders[index]
        guard second >= Session.openSecond, second < Session.closeSecond, order.remainingQuantity > 0 else { return }
        guard order.isMarket || (order.side == .buy ? order.price >= lastPrice : order.price <= lastPrice) else {
            return
        }
        record(
            Fill(date: now.date, second: second, quantity: order.remainingQuantity, price: lastPrice, movesCash: true),
            order: index)
    }
}
