package import PortfolioModel

extension KISClient {
    /// Every order of `date` with its fills (inquire-daily-ccld, `CCLD_DVSN=00`, all pages).
    ///
    /// Uses the ≤3-month TR (`TTTC0081R`/`VTTC0081R`) unless `date` is more than three months back
    /// (`CTSC9215R`/`VTSC9215R`). Real accounts ask for every venue (`EXCG_ID_DVSN_CD=ALL`); paper only has KRX.
    /// - Parameter date: The order date (KST).
    /// - Returns: The orders, newest first as KIS sends them.
    /// - Throws: ``KISError``; `.inconsistentReply` for a row of another day or quantities that do not add up.
    package func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder] {
        let query =
            accountQuery + [
                ("INQR_STRT_DT", date.compact), ("INQR_END_DT", date.compact), ("SLL_BUY_DVSN_CD", "00"),
                ("INQR_DVSN", "00"), ("PDNO", ""), ("CCLD_DVSN", "00"), ("ORD_GNO_BRNO", ""), ("ODNO", ""),
                ("INQR_DVSN_3", "00"), ("INQR_DVSN_1", ""),
                ("EXCG_ID_DVSN_CD", configuration.mode == .real ? "ALL" : "KRX"),
            ]
        let endpoint: KISEndpoint = date < Self.threeMonthsBefore(today) ? .dailyOrdersArchive : .dailyOrders
        let pages = try await performPaged(endpoint: endpoint, query: query)
        var orders: [DailyOrder] = []
        for page in pages {
            let dto = try page.decode(DailyOrderPageDTO.self)
            orders += try Self.mapRows(dto.orders, field: "output1", response: page, isBlank: \.isBlank) {
                let order = try $0.order($1)
                try OrderCheck.daily(order, label: $1.row, operation: page.call.operation, date: date)
                return order
            }
        }
        try OrderCheck.unique(orders.map { ($0.branch, $0.orderNumber) }, operation: endpoint.name)
        // Whether output2 totals one page or the whole inquiry is not documented: both agree on one page.
        if pages.count == 1, let page = pages.first,
            let totals = try page.decode(DailyOrderPageDTO.self).totals?.elements.first?
                .totals(Self.reader(page, field: "output2"))
        {
            try OrderCheck.totals(totals, orders: orders, operation: endpoint.name)
        }
        return orders
    }

    /// The same day three calendar months earlier (clamped to the month's end).
    static func threeMonthsBefore(_ date: TradeDate) -> TradeDate {
        var year = date.year
        var month = date.month - 3
        if month < 1 {
            month += 12
            year -= 1
        }
        var day = date.day
        while day > 28, TradeDate(year: year, month: month, day: day) == nil { day -= 1 }
        return TradeDate(year: year, month: month, day: day) ?? date.adding(days: -92)
    }
}
