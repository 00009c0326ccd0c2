extension SimulatorState {
    /// 주식잔고조회 (TTTC8434R / VTTC8434R): 50 rows a page on real, 20 on paper; positions sold out
    /// today stay with `hldg_qty` 0; `output2` sums every row, not just the page.
    func balance(_ q: QueryParameters, paging: PagingRequest, side: SimulatorSide, now: KSTTime, trID: String)
        throws(RouteRefusal) -> SimResponse
    {
        let book = try accountBook(cano: q.value("CANO"), product: q.value("ACNT_PRDT_CD"), side: side)
        let today = now.date
        let previousDay = market.calendar.tradingDay(before: today)
        let visible = book.positions.filter { $0.quantity > 0 || ($0.lastSellDate.map { $0 >= previousDay } ?? false) }
        let totals = TradeTotals(book, today: today, previousDay: previousDay)
        let rows = visible.map { BalanceRow(position: $0, totals: totals, market: market, now: now) }
        let page = Cursor.page(rows, after: paging.afterKey, size: side == .real ? 50 : 20) { $0.position.code }
        let cursor = Cursor()

        var body: JSONObject = [
            "ctx_area_fk100": .string(
                cursor.fk([
                    book.cano, book.productCode, q.value("AFHR_FLPR_YN"), q.value("OFL_YN"), q.value("INQR_DVSN"),
                    q.value("UNPR_DVSN"), q.value("FUND_STTL_ICLD_YN"),
                ])),
            "ctx_area_nk100": .string(
                cursor.nk([book.cano, book.productCode], key: page.hasMore ? page.rows.last?.position.code : nil)),
            "output1": .array(page.rows.map { $0.json }),
            "output2": .array([balanceSummary(rows, book: book, today: today, previousDay: previousDay).json]),
        ]
        body.merge(envelope(KISMessage.inquiryOK(side)))
        return success(body, trID: trID, hasMore: page.hasMore)
    }

    private func balanceSummary(_ rows: [BalanceRow], book: AccountBook, today: KSTDate, previousDay: KSTDate)
        -> JSONObject
    {
        let d2 = book.cashD2
        let securities = rows.reduce(0) { $0 + $1.value }
        let cost = rows.reduce(0) { $0 + $1.position.cost }
        let total = securities + d2
        let yesterdaySecurities = rows.reduce(0) { $0 + $1.openingQuantity * $1.previousClose }
        let yesterdayTotal = yesterdaySecurities + d2 - book.netOfFills(on: today)
        return [
            "dnca_tot_amt": "\(book.cashD0(today: today, calendar: market.calendar))",
            "nxdy_excc_amt": "\(d2)",
            "prvs_rcdl_excc_amt": "\(d2)",
            "cma_evlu_amt": "0",
            "bfdy_buy_amt": "\(book.traded(.buy, on: previousDay).amount)",
            "thdt_buy_amt": "\(book.traded(.buy, on: today).amount)",
            "nxdy_auto_rdpt_amt": "0",
            "bfdy_sll_amt": "\(book.traded(.sell, on: previousDay).amount)",
            "thdt_sll_amt": "\(book.traded(.sell, on: today).amount)",
            "d2_auto_rdpt_amt": "0",
            "bfdy_tlex_amt": "\(book.feesAndTaxes(on: previousDay))",
            "thdt_tlex_amt": "\(book.feesAndTaxes(on: today))",
            "tot_loan_amt": "0",
            "scts_evlu_amt": "\(securities)",
            "tot_evlu_amt": "\(total)",
            "nass_amt": "\(total)",
            "fncg_gld_auto_rdpt_yn": "",
            "pchs_amt_smtl_amt": "\(cost)",
            "evlu_amt_smtl_amt": "\(securities)",
            "evlu_pfls_smtl_amt": "\(securities - cost)",
            "tot_stln_slng_chgs": "0",
            "bfdy_tot_asst_evlu_amt": "\(yesterdayTotal)",
            "asst_icdc_amt": "\(total - yesterdayTotal)",
            "asst_icdc_erng_rt": .string(
                Numbers.percent(Double(total - yesterdayTotal), of: Double(yesterdayTotal), places: 8)),
        ]
    }
}

/// One `output1` row of the balance.
struct BalanceRow {
    var position: Position
    var price: Int
    var previousClose: Int
    var boughtToday: Int
    var soldToday: Int
    var boughtYesterday: Int
    var soldYesterday: Int
    var sellable: Int

    init(position: Position, totals: TradeTotals, market: MarketModel, now: KSTTime) {
        self.position = position
        let quote = market.lastPrice(position.code, at: now)
        price = quote?.price ?? Int(position.averagePrice)
        previousClose = quote?.previousClose ?? price
        let code = position.code
        boughtToday = totals.today[code]?.bought ?? 0
        soldToday = totals.today[code]?.sold ?? 0
        boughtYesterday = totals.yesterday[code]?.bought ?? 0
        soldYesterday = totals.yesterday[code]?.sold ?? 0
        sellable = max(0, position.quantity - (totals.openSells[code] ?? 0))
    }

    var value: Int { position.quantity * price }
    var openingQuantity: Int { max(0, position.quantity - boughtToday + soldToday) }

    var json: JSON {
        let profit = value - position.cost
        let object: JSONObject = [
            "pdno": .string(position.code),
            "prdt_name": .string(position.name),
            "trad_dvsn_name": "현금",
            "bfdy_buy_qty": "\(boughtYesterday)",
            "bfdy_sll_qty": "\(soldYesterday)",
            "thdt_buyqty": "\(boughtToday)",
            "thdt_sll_qty": "\(soldToday)",
            "hldg_qty": "\(position.quantity)",
            "ord_psbl_qty": "\(sellable)",
            "pchs_avg_pric": .string(Numbers.fixed(position.averagePrice, places: 4)),
            "pchs_amt": "\(position.cost)",
            "prpr": "\(price)",
            "evlu_amt": "\(value)",
            "evlu_pfls_amt": "\(profit)",
            "evlu_pfls_rt": .string(Numbers.percent(Double(profit), of: Double(position.cost), places: 2)),
            "evlu_erng_rt": "0.00000000",
            "loan_dt": "",
            "loan_amt": "0",
            "stln_slng_chgs": "0",
            "expd_dt": "",
            "fltt_rt": .string(Numbers.percent(Double(price - previousClose), of: Double(previousClose), places: 8)),
            "bfdy_cprs_icdc": "\(price - previousClose)",
            "item_mgna_rt_name": "",
            "grta_rt_name": "",
            "sbst_pric": "\(previousClose * 8 / 10)",
            "stck_loan_unpr": "0.0000",
        ]
        return .object(object)
    }
}

/// Per-stock traded quantities today and yesterday and open sell quantities, gathered in one pass.
struct TradeTotals {
    var today: [String: (bought: Int, sold: Int)] = [:]
    var yesterday: [String: (bought: Int, sold: Int)] = [:]
    var openSells: [String: Int] = [:]

    init(_ book: AccountBook, today day: KSTDate, previousDay: KSTDate) {
        for order in book.orders {
            if order.side == .sell, order.remainingQuantity > 0 {
                openSells[order.code, default: 0] += order.remainingQuantity
            }
            for fill in order.fills where fill.date == day || fill.date == previousDay {
                var entry = (fill.date == day ? today[order.code] : yesterday[order.code]) ?? (0, 0)
                if order.side == .buy { entry.bought += fill.quantity } else { entry.sold += fill.quantity }
                if fill.date == day { today[order.code] = entry } else { yesterday[order.code] = entry }
            }
        }
    }
}
