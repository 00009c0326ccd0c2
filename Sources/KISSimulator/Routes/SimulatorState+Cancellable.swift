extension SimulatorState {
    /// 주식정정취소가능주문조회 (TTTC0084R / TTTC8036R, real only): today's open orders, 50 a page.
    func cancellable(_ q: QueryParameters, paging: PagingRequest, side: SimulatorSide, now: KSTTime, trID: String)
        throws(RouteRefusal) -> SimResponse
    {
        let book = try accountBook(cano: q.value("CANO"), product: q.value("ACNT_PRDT_CD"), side: side)
        let sideFilter = q.value("INQR_DVSN_2")
        var rows = book.orders.filter { order in
            order.date == now.date && order.remainingQuantity > 0
                && (sideFilter == "1" ? order.side == .sell : sideFilter == "2" ? order.side == .buy : true)
        }
        if q.value("INQR_DVSN_1") == "1" || q.value("INQR_DVSN_1") == "2" {
            rows.sort { ($0.code, $0.odno) < ($1.code, $1.odno) }
        }
        let page = Cursor.page(rows, after: paging.afterKey, size: 50) { $0.odno }
        let cursor = Cursor()
        var body: JSONObject = [
            "ctx_area_fk100": .string(cursor.fk([book.cano, book.productCode, q.value("INQR_DVSN_1"), sideFilter])),
            "ctx_area_nk100": .string(
                cursor.nk([book.cano, book.productCode], key: page.hasMore ? page.rows.last?.odno : nil)),
            "output": .array(page.rows.map(Self.cancellableRow)),
        ]
        body.merge(envelope(KISMessage.inquiryOK(side)))
        return success(body, trID: trID, hasMore: page.hasMore)
    }

    static func cancellableRow(_ order: OrderRecord) -> JSON {
        let amended: Bool = if case .amend = order.kind { true } else { false }
        let row: JSONObject = [
            "ord_gno_brno": .string(order.branch),
            "odno": .string(order.odno),
            "orgn_odno": .string(order.originalNumber),
            "ord_dvsn_name": .string(order.orderTypeName),
            "pdno": .string(order.code),
            "prdt_name": .string(order.name),
            "rvse_cncl_dvsn_name": .string(amended ? "정정" : ""),
            "ord_qty": "\(order.quantity)",
            "ord_unpr": "\(order.price)",
            "ord_tmd": .string(KSTTime.compactTime(order.second)),
            "tot_ccld_qty": "\(order.filledQuantity)",
            "tot_ccld_amt": "\(order.filledAmount)",
            "psbl_qty": "\(order.remainingQuantity)",
            "sll_buy_dvsn_cd": .string(order.side.rawValue),
            "ord_dvsn_cd": .string(order.orderType),
            "mgco_aptm_odno": "",
            "excg_dvsn_cd": "02",
            "excg_id_dvsn_cd": .string(order.venue.rawValue),
            "excg_id_dvsn_name": .string(order.venue.displayName),
            "stpm_cndt_pric": "0",
            "stpm_efct_occr_yn": "N",
        ]
        return .object(row)
    }

    /// 매수가능조회 (TTTC8908R / VTTC8908R): D+2 cash less open buy reservations.
    func buyingPower(_ q: QueryParameters, side: SimulatorSide, now: KSTTime, trID: String) throws(RouteRefusal)
        -> SimResponse
    {
        let book = try accountBook(cano: q.value("CANO"), product: q.value("ACNT_PRDT_CD"), side: side)
        let cash = availableCash(book, now: now)
        let code = q.value("PDNO").trimmingSpaces
        let limitPrice = Int(q.value("ORD_UNPR").trimmingSpaces) ?? 0
        let isMarket = OrderTypes.priceless.contains(q.value("ORD_DVSN"))
        let kind = market.stock(code)?.resolvedKind ?? .stock
        let upper =
            market.lastPrice(code, at: now).map { TickTable.upperLimit(previousClose: $0.previousClose, kind: kind) }
            ?? 0
        let unitPrice = isMarket || limitPrice <= 0 ? upper : limitPrice
        let plain = cash - FeeSchedule.commission(cash)
        let withCredit = Int(Double(cash) * 2.5)
        var body: JSONObject = [
            "output": .object([
                "ord_psbl_cash": "\(cash)",
                "ord_psbl_sbst": "0",
                "ruse_psbl_amt": "0",
                "fund_rpch_chgs": "0",
                "psbl_qty_calc_unpr": "\(unitPrice)",
                "nrcvb_buy_amt": "\(plain)",
                "nrcvb_buy_qty": "\(unitPrice > 0 ? plain / unitPrice : 0)",
                "max_buy_amt": "\(withCredit)",
                "max_buy_qty": "\(unitPrice > 0 ? withCredit / unitPrice : 0)",
                "cma_evlu_amt": "0",
                "ovrs_re_use_amt_wcrc": "0",
                "ord_psbl_frcr_amt_wcrc": "0",
            ])
        ]
        body.merge(envelope(KISMessage.inquiryOK(side)))
        return success(body, trID: trID)
    }

    /// 주문가능현금: D+2 cash, less what open buy orders reserve and unsettled recorded fees.
    func availableCash(_ book: AccountBook, now: KSTTime) -> Int {
        let reserved = book.orders.filter { $0.side == .buy && $0.remainingQuantity > 0 }.reduce(0) { sum, order in
            sum + order.remainingQuantity * reservationPrice(order, at: now)
        }
        return max(0, book.cashD2 - reserved - book.unsettledRecordedFees(today: now.date, calendar: market.calendar))
    }
}
