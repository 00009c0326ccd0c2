/// What the market offers an order at the moment it arrives.
struct ArrivalQuote {
    /// The last traded price.
    var lastPrice: Int
    /// 전일종가 (the `05` price).
    var previousClose: Int
    /// Today's close, once the session has one (the `06` price).
    var todayClose: Int?
    /// The minute bar running now, if the session has one.
    var bar: MinuteBar?
}

extension AccountBook {
    /// Matches order `index` on arrival in the session that accepted it.
    ///
    /// Continuous: a marketable order (market-type, a buy limit at or above the last price, a sell
    /// limit at or below it) takes up to the fill cap of the running minute at the last price; the
    /// rest waits for later bars. IOC types cancel what did not fill; FOK types fill all or cancel
    /// all. Fixed-price sessions fill in full. Resting sessions do nothing now.
    mutating func matchOnArrival(
        order index: Int, session: TradingSession, quote: ArrivalQuote, second: Int, date: KSTDate, fills: FillModel
    ) {
        let order = orders[index]
        guard order.remainingQuantity > 0 else { return }
        switch session.matching {
        case .rest:
            return
        case .previousClose, .todayClose:
            let price = session.matching == .previousClose ? quote.previousClose : quote.todayClose
            guard let price else { return }
            record(
                Fill(date: date, second: second, quantity: order.remainingQuantity, price: price, movesCash: true),
                order: index)
        case .continuous:
            let marketable =
                order.isMarket || (order.side == .buy ? order.price >= quote.lastPrice : order.price <= quote.lastPrice)
            let available = marketable ? fills.cap(quote.bar?.volume ?? 0) : 0
            if OrderTypes.fillOrKill.contains(order.orderType), available < order.remainingQuantity {
                expire(order: index, second: second)
                return
            }
            if available > 0 {
                let quantity = min(order.remainingQuantity, available)
                record(
                    Fill(date: date, second: second, quantity: quantity, price: quote.lastPrice, movesCash: true),
                    order: index)
                if let bar = quote.bar { orders[index].consumedBar = bar.index }
            }
            if OrderTypes.immediateOrCancel.contains(order.orderType) { expire(order: index, second: second) }
        }
    }
}
