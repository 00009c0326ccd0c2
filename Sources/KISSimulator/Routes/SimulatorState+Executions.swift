extension SimulatorState {
    /// 주식일별주문체결조회 (TTTC0081R/VTTC0081R and the old and >3-month ids): 100 rows a page on real,
    /// 15 on paper; amend and cancel orders are rows of their own.
    func dailyExecutions(_ q: QueryParameters, paging: PagingRequest, side: SimulatorSide, now: KSTTime, trID: String)
        throws(RouteRefusal) -> SimResponse
    {
        let book = try accountBook(cano: q.value("CANO"), product: q.value("ACNT_PRDT_CD"), side: side)
        let from = KSTDate(parsing: q.value("INQR_STRT_DT")) ?? now.date
        let to = KSTDate(parsing: q.value("INQR_END_DT")) ?? now.date
        let sideFilter = q.value("SLL_BUY_DVSN_CD")
        let code = q.value("PDNO").trimmingSpaces
        let fillFilter = q.value("CCLD_DVSN")
        let odno = q.value("ODNO").trimmingSpaces
        var rows = book.orders.filter { order in
            order.date >= from && order.date <= to
                && (sideFilter == "01" ? order.side == .sell : sideFilter == "02" ? order.side == .buy : true)
                && (code.isEmpty || order.code == code)
                && (odno.isEmpty || order.odno == odno)
                && (fillFilter == "01"
                    ? order.filledQuantity > 0 : fillFilter == "02" ? order.remainingQuantity > 0 : true)
        }
        let oldestFirst = q.value("INQR_DVSN") == "01"
        rows.sort { a, b in
            let lhs = (a.date, a.second, a.odno)
            let rhs = (b.date, b.second, b.odno)
            return oldestFirst ? lhs < rhs : lhs > rhs
        }
        let page = Cursor.page(rows, after: paging.afterKey, size: side == .real ? 100 : 15) { $0.odno }
        let cursor = Cursor()
        let filledQuantity = rows.reduce(0) { $0 + $1.filledQuantity }
        let filledAmount = rows.reduce(0) { $0 + $1.filledAmount }
        let costs = rows.reduce(0) { sum, order in
            sum + order.fills.reduce(0) { $0 + FeeSchedule.costs(of: $1, side: order.side) }
        }
        let totals: JSONObject = [
            "tot_ord_qty": "\(rows.reduce(0) { $0 + $1.quantity })",
            "tot_ccld_qty": "\(filledQuantity)",
            "tot_ccld_amt": "\(filledAmount)",
            "prsm_tlex_smtl": "\(costs)",
            "pchs_avg_pric": .string(
                Numbers.fixed(filledQuantity == 0 ? 0 : Double(filledAmount) / Double(filledQuantity), places: 4)),
        ]
        var body: JSONObject = [
            "ctx_area_fk100": .string(
                cursor.fk([
                    book.cano, book.productCode, from.compact, to.compact, sideFilter, code, fillFilter,
                    q.value("INQR_DVSN"),
                    q.value("INQR_DVSN_3"),
                ])),
            "ctx_area_nk100": .string(
                cursor.nk([book.cano, book.productCode], key: page.hasMore ? page.rows.last?.odno : nil)),
            "output1": .array(page.rows.map { Self.executionRow($0, book: book) }),
            "output2": .object(totals),
        ]
        body.merge(envelope(KISMessage.inquiryOK(side)))
        return success(body, trID: trID, hasMore: page.hasMore)
    }

    static func executionRow(_ order: OrderRecord, book: AccountBook) -> JSON {
        let sideName: String
        let cancelled: String
        switch order.kind {
        case .new:
            sideName = order.side == .buy ? "현금매수" : "현금매도"
            cancelled = "N"
        case .amend:
            sideName = order.side == .buy ? "매수정정" : "매도정정"
            cancelled = "N"
        case .cancel:
            sideName = order.side == .buy ? "매수취소" : "매도취소"
            cancelled = "Y"
        }
        let isCancel: Bool = if case .cancel = order.kind { true } else { false }
        let row: JSONObject = [
            "ord_dt": .string(order.date.compact),
            "ord_gno_brno": .string(order.branch),
            "odno": .string(order.odno),
            "orgn_odno": .string(order.originalNumber),
            "ord_dvsn_name": .string(order.orderTypeName),
            "sll_buy_dvsn_cd": .string(order.side.rawValue),
            "sll_buy_dvsn_cd_name": .string(sideName),
            "pdno": .string(order.code),
            "prdt_name": .string(order.name),
            "ord_qty": "\(order.quantity)",
            "ord_unpr": "\(order.price)",
            "ord_tmd": .string(KSTTime.compactTime(order.second)),
            "tot_ccld_qty": "\(order.filledQuantity)",
            "avg_prvs": "\(Int(order.averageFillPrice.rounded()))",
            "cncl_yn": .string(cancelled),
            "tot_ccld_amt": "\(order.filledAmount)",
            "loan_dt": "",
            "ordr_empno": "",
            "ord_dvsn_cd": .string(order.orderType),
            "cncl_cfrm_qty": "\(isCancel ? order.quantity : order.cancelledQuantity)",
            "rmn_qty": "\(order.remainingQuantity)",
            "rjct_qty": "0",
            "ccld_cndt_name": "없음",
            "inqr_ip_addr": "",
            "cpbc_ordp_ord_rcit_dvsn_cd": "",
            "cpbc_ordp_infm_mthd_dvsn_cd": "",
            "infm_tmd": .string(order.fills.last.map { KSTTime.compactTime($0.second) } ?? ""),
            "ctac_tlno": "",
            "prdt_type_cd": "300",
            "excg_dvsn_cd": "02",
            "cpbc_ordp_mtrl_dvsn_cd": "",
            "ord_orgno": "",
            "rsvn_ord_end_dt": "",
            "excg_id_dvsn_cd": .string(order.venue.rawValue),
            "stpm_cndt_pric": "0",
            "stpm_efct_occr_dtmd": "",
        ]
        return .object(row)
    }
}
