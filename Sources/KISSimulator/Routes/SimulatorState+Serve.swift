extension SimulatorState {
    /// Runs a resolved TR.
    func serve(_ tr: TRRoute, request: SimRequest, side: SimulatorSide, now: KSTTime, trID: String) -> SimResponse {
        let query = request.query
        let paging = PagingRequest(request: request, query: query, width: tr.operation == .holidays ? 20 : 100)
        if tr.operation.isPaginated, paging.isContinuation, !paging.keptWidth { stats[side].nonVerbatimCursors += 1 }
        switch tr.operation {
        case .balance: return balance(query, paging: paging, side: side, now: now, trID: trID)
        case .dailyExecutions: return dailyExecutions(query, paging: paging, side: side, now: now, trID: trID)
        case .cancellable: return cancellable(query, paging: paging, side: side, now: now, trID: trID)
        case .buyingPower: return buyingPower(query, side: side, now: now, trID: trID)
        case .price: return price(query, now: now, trID: trID)
        case .orderBook: return orderBook(query, now: now, trID: trID)
        case .dailyChart: return dailyChart(query, now: now, trID: trID)
        case .minuteChart: return minuteChart(query, now: now, trID: trID)
        case .holidays: return holidays(query, paging: paging, trID: trID)
        case .orderCash: return placeOrder(request, side: side, orderSide: tr.orderSide ?? .buy, now: now, trID: trID)
        case .amendCancel: return amendOrCancel(request, side: side, now: now, trID: trID)
        }
    }

    /// A successful reply: body, `tr_id` echo, and `tr_cont` M/D on paginated TRs.
    func success(_ body: JSONObject, trID: String, hasMore: Bool? = nil) -> SimResponse {
        var headers = [(name: "tr_id", value: trID)]
        if let hasMore { headers.append((name: "tr_cont", value: hasMore ? "M" : "D")) }
        return .json(200, body, headers: headers)
    }

    /// The envelope members appended after the payload, as KIS orders them.
    func envelope(_ message: (String, String), rtCode: String = "0") -> JSONObject {
        ["rt_cd": .string(rtCode), "msg_cd": .string(message.0), "msg1": .string(message.1)]
    }

    /// OPSQ2000 unless CANO / ACNT_PRDT_CD name the side's account.
    func checkAccount(cano: String, product: String, side: SimulatorSide) -> SimResponse? {
        guard let book = accounts[side], cano == book.cano, product == book.productCode else {
            return .envelope(500, KISMessage.badAccount.0, KISMessage.badAccount.1)
        }
        return nil
    }
}

/// The paging part of a request: `tr_cont`, the two cursors and whether they kept their width.
struct PagingRequest {
    var isContinuation: Bool
    var fk: String
    var nk: String
    var keptWidth: Bool

    init(request: SimRequest, query: QueryParameters, width: Int) {
        isContinuation = request.header("tr_cont")?.trimmingSpaces.uppercased() == "N"
        let suffix = width == 100 ? "100" : ""
        fk = query.value("CTX_AREA_FK" + suffix)
        nk = query.value("CTX_AREA_NK" + suffix)
        keptWidth = fk.count == width && nk.count == width
    }

    /// The key of the last row already sent, when this is a continuation.
    var afterKey: String? { Cursor.key(in: nk) }
}
