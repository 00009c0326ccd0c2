extension SimulatorState {
    /// 주식현재가 호가/예상체결 (FHKST01010200): ten levels each side around the last price.
    func orderBook(_ q: QueryParameters, now: KSTTime, trID: String) throws(RouteRefusal) -> SimResponse {
        let (stock, v) = try quoteSubject(q, now: now)
        let key = Noise.hash(stock.code)
        let stamp = UInt64(max(0, Int(now.secondsSinceEpoch) / 10))
        func size(_ side: UInt64, _ level: Int) -> Int {
            let base = (stock.dailyValue ?? 3e11) / Double(max(1, v.price)) / 400
            return max(1, Int(base * (0.3 + 1.4 * Noise.uniform([key, stamp, side, UInt64(level)]))))
        }
        var book = JSONObject()
        book["aspr_acpt_hour"] = .string(v.isOpen ? now.compactTime : "153000")
        var asks: [Int] = []
        var bids: [Int] = []
        var ask = TickTable.step(v.price, by: 1)
        var bid = v.price
        for _ in 0..<10 {
            asks.append(ask <= v.upperLimit ? ask : 0)
            bids.append(bid >= v.lowerLimit ? bid : 0)
            ask = TickTable.step(ask, by: 1)
            bid = TickTable.step(bid, by: -1)
        }
        for (i, price) in asks.enumerated() { book["askp\(i + 1)"] = "\(price)" }
        for (i, price) in bids.enumerated() { book["bidp\(i + 1)"] = "\(price)" }
        let askSizes = asks.enumerated().map { $0.element == 0 ? 0 : size(1, $0.offset) }
        let bidSizes = bids.enumerated().map { $0.element == 0 ? 0 : size(2, $0.offset) }
        for (i, s) in askSizes.enumerated() { book["askp_rsqn\(i + 1)"] = "\(s)" }
        for (i, s) in bidSizes.enumerated() { book["bidp_rsqn\(i + 1)"] = "\(s)" }
        for i in 1...10 { book["askp_rsqn_icdc\(i)"] = "0" }
        for i in 1...10 { book["bidp_rsqn_icdc\(i)"] = "0" }
        let totalAsk = askSizes.reduce(0, +)
        let totalBid = bidSizes.reduce(0, +)
        book.merge([
            "total_askp_rsqn": "\(totalAsk)", "total_bidp_rsqn": "\(totalBid)", "total_askp_rsqn_icdc": "0",
            "total_bidp_rsqn_icdc": "0", "ovtm_total_askp_icdc": "0", "ovtm_total_bidp_icdc": "0",
            "ovtm_total_askp_rsqn": "0", "ovtm_total_bidp_rsqn": "0", "ntby_aspr_rsqn": "\(totalBid - totalAsk)",
            "new_mkop_cls_code": .string(v.isOpen ? "20" : "30"),
        ])
        let expected: JSONObject = [
            "antc_mkop_cls_code": .string(v.isOpen ? "112" : "311"), "stck_prpr": "\(v.price)",
            "stck_oprc": "\(v.open)",
            "stck_hgpr": "\(v.high)", "stck_lwpr": "\(v.low)", "stck_sdpr": "\(v.previousClose)", "antc_cnpr": "0",
            "antc_cntg_vrss_sign": "3", "antc_cntg_vrss": "0", "antc_cntg_prdy_ctrt": "0.00", "antc_vol": "0",
            "stck_shrn_iscd": .string(stock.code), "vi_cls_code": "N",
        ]
        var body: JSONObject = ["output1": .object(book), "output2": .object(expected)]
        body.merge(envelope(KISMessage.quoteOK))
        return success(body, trID: trID)
    }
}
