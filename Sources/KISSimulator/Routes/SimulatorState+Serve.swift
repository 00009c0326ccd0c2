extension SimulatorState {
    /// Runs a resolved TR.
    func serve(_ tr: TRRoute, request: SimRequest, side: SimulatorSide, now: KSTTime, trID: String) -> SimResponse {
        let query = request.query
        let paging = PagingRequest(request: request, query: query, width: tr.operation == .holidays ? 20 : 100)
        if tr.operation.isPaginated, paging.isContinuation, !paging.keptWidth { stats[side].nonVerbatimCursors += 1 }
        do throws(RouteRefusal) {
            switch tr.operation {
            case .balance: return try balance(query, paging: paging, side: side, now: now, trID: trID)
            case .dailyExecutions: return try dailyExecutions(query, paging: paging, side: side, now: now, trID: trID)
            case .cancellable: return try cancellable(query, paging: paging, side: side, now: now, trID: trID)
            case .buyingPower: return try buyingPower(query, side: side, now: now, trID: trID)
            case .price: return try price(query, now: now, trID: trID)
            case .orderBook: return try orderBook(query, now: now, trID: trID)
            case .dailyChart: return try dailyChart(query, now: now, trID: trID)
            case .minuteChart: return try minuteChart(query, now: now, trID: trID)
            case .holidays: return holidays(query, paging: paging, trID: trID)
            case .orderCash:
                return try placeOrder(request, side: side, orderSide: tr.orderSide ?? .buy, now: now, trID: trID)
            case .amendCancel: return try amendOrCancel(request, side: side, now: now, trID: trID)
            }
        } catch {
            return error.response
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

    /// The side's account book, when CANO / ACNT_PRDT_CD name it.
    /// - Throws: OPSQ2000 (the refusal to send) otherwise.
    func accountBook(cano: String, product: String, side: SimulatorSide) throws(RouteRefusal) -> AccountBook {
        guard let book = accounts[side], cano == book.cano, product == book.productCode else {
            throw RouteRefusal(response: .envelope(500, KISMessage.badAccount.0, KISMessage.badAccount.1))
        }
        return book
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
