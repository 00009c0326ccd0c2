extension SimulatorState {
    /// The stock named by `FID_INPUT_ISCD` and its market view.
    /// - Throws: The refusal to send for a bad market code or an unknown stock.
    func quoteSubject(_ q: QueryParameters, now: KSTTime) throws(RouteRefusal) -> (ScenarioStock, MarketSnapshot) {
        guard ["J", "NX", "UN", "W"].contains(q.value("FID_COND_MRKT_DIV_CODE").trimmingSpaces.uppercased()) else {
            throw RouteRefusal(response: .envelope(500, "OPSQ2001", "ERROR : INPUT INVALID_CHECK_MRKT_DIV_CODE"))
        }
        let code = q.value("FID_INPUT_ISCD").trimmingSpaces
        guard let stock = market.stock(code), let view = market.snapshot(code, at: now) else {
            throw RouteRefusal(response: .envelope(200, KISMessage.badStockCode.0, KISMessage.badStockCode.1))
        }
        return (stock, view)
    }

    /// 주식현재가 시세 (FHKST01010100).
    func price(_ q: QueryParameters, now: KSTTime, trID: String) throws(RouteRefusal) -> SimResponse {
        let (stock, v) = try quoteSubject(q, now: now)
        let facts = StockFacts(stock)
        let prev = v.previousBar
        let pivot = Pivots(
            high: prev?.high ?? v.previousClose, low: prev?.low ?? v.previousClose, close: v.previousClose,
            open: prev?.open ?? v.previousClose)
        let year = market.closeRange(stock.code, sessions: 250, through: v.sessionDate)
        let ytd = market.closeRange(
            stock.code, sessions: 400, through: v.sessionDate, from: KSTDate(year: v.sessionDate.year, month: 1, day: 1)
        )
        func rate(_ reference: Int) -> String {
            Numbers.percent(Double(v.price - reference), of: Double(reference), places: 2)
        }
        let shares = facts.listedShares
        var output = JSONObject()
        output.merge([
            "iscd_stat_cls_code": "55", "marg_rate": "20.00", "rprs_mrkt_kor_name": "KOSPI200",
            "new_hgpr_lwpr_cls_code": "", "bstp_kor_isnm": .string(stock.sector ?? ""), "temp_stop_yn": "N",
            "oprc_rang_cont_yn": "N", "clpr_rang_cont_yn": "N", "crdt_able_yn": "Y", "grmn_rate_cls_code": "40",
            "elw_pblc_yn": "Y", "stck_prpr": "\(v.price)", "prdy_vrss": "\(v.change)",
            "prdy_vrss_sign": .string(v.sign),
            "prdy_ctrt": .string(Numbers.fixed(v.changeRate, places: 2)), "acml_tr_pbmn": "\(v.turnover)",
            "acml_vol": "\(v.volume)",
            "prdy_vrss_vol_rate": .string(Numbers.percent(Double(v.volume), of: Double(prev?.volume ?? 0), places: 2)),
            "stck_oprc": "\(v.open)", "stck_hgpr": "\(v.high)", "stck_lwpr": "\(v.low)", "stck_mxpr": "\(v.upperLimit)",
            "stck_llam": "\(v.lowerLimit)", "stck_sdpr": "\(v.previousClose)",
            "wghn_avrg_stck_prc": .string(
                Numbers.fixed(v.volume == 0 ? Double(v.price) : Double(v.turnover) / Double(v.volume), places: 2)),
            "hts_frgn_ehrt": .string(Numbers.fixed(facts.foreignRatio, places: 2)), "frgn_ntby_qty": "0",
            "pgtr_ntby_qty": "\(v.volume / 9)",
        ])
        output.merge([
            "pvt_scnd_dmrs_prc": "\(pivot.secondResistance)", "pvt_frst_dmrs_prc": "\(pivot.firstResistance)",
            "pvt_pont_val": "\(pivot.point)", "pvt_frst_dmsp_prc": "\(pivot.firstSupport)",
            "pvt_scnd_dmsp_prc": "\(pivot.secondSupport)", "dmrs_val": "\(pivot.demarkResistance)",
            "dmsp_val": "\(pivot.demarkSupport)", "cpfn": "\(facts.capital)",
            "rstc_wdth_prc": "\(v.upperLimit - v.previousClose)",
            "stck_fcam": "\(facts.par)", "stck_sspr": "\(v.previousClose * 8 / 10)",
            "aspr_unit": "\(v.tick)",
            "hts_deal_qty_unit_val": "1", "lstn_stcn": "\(shares)", "hts_avls": "\(v.price * shares / 100_000_000)",
            "per": .string(Numbers.fixed(Double(v.price) / facts.eps, places: 2)),
            "pbr": .string(Numbers.fixed(Double(v.price) / facts.bps, places: 2)), "stac_month": "12",
            "vol_tnrt": .string(Numbers.percent(Double(v.volume), of: Double(shares), places: 2)),
            "eps": .string(Numbers.fixed(facts.eps.rounded(), places: 2)),
            "bps": .string(Numbers.fixed(facts.bps.rounded(), places: 2)),
        ])
        let high = max(year?.high ?? v.price, v.high)
        let low = min(year?.low ?? v.price, v.low)
        let highDate = (year?.high ?? 0) >= v.high ? year?.highDate ?? v.sessionDate : v.sessionDate
        let lowDate = (year?.low ?? Int.max) <= v.low ? year?.lowDate ?? v.sessionDate : v.sessionDate
        let yHigh = max(ytd?.high ?? v.price, v.high)
        let yLow = min(ytd?.low ?? v.price, v.low)
        output.merge([
            "d250_hgpr": "\(high)", "d250_hgpr_date": .string(highDate.compact),
            "d250_hgpr_vrss_prpr_rate": .string(rate(high)),
            "d250_lwpr": "\(low)", "d250_lwpr_date": .string(lowDate.compact),
            "d250_lwpr_vrss_prpr_rate": .string(rate(low)),
            "stck_dryy_hgpr": "\(yHigh)", "dryy_hgpr_vrss_prpr_rate": .string(rate(yHigh)),
            "dryy_hgpr_date": .string(
                ((ytd?.high ?? 0) >= v.high ? ytd?.highDate : nil)?.compact ?? v.sessionDate.compact),
            "stck_dryy_lwpr": "\(yLow)", "dryy_lwpr_vrss_prpr_rate": .string(rate(yLow)),
            "dryy_lwpr_date": .string(
                ((ytd?.low ?? Int.max) <= v.low ? ytd?.lowDate : nil)?.compact ?? v.sessionDate.compact),
            "w52_hgpr": "\(high)", "w52_hgpr_vrss_prpr_ctrt": .string(rate(high)),
            "w52_hgpr_date": .string(highDate.compact),
            "w52_lwpr": "\(low)", "w52_lwpr_vrss_prpr_ctrt": .string(rate(low)),
            "w52_lwpr_date": .string(lowDate.compact),
            "whol_loan_rmnd_rate": "0.14", "ssts_yn": "Y", "stck_shrn_iscd": .string(stock.code),
            "fcam_cnnm": "\(facts.par)", "cpfn_cnnm": .string(StockFacts.grouped(facts.capital) + " 억"),
            "apprch_rate": "0.00",
            "frgn_hldn_qty": "\(Int(Double(shares) * facts.foreignRatio / 100))", "vi_cls_code": "N",
            "ovtm_vi_cls_code": "N",
            "last_ssts_cntg_qty": "\(v.volume / 200)", "invt_caful_yn": "N", "mrkt_warn_cls_code": "00",
            "short_over_yn": "N", "sltr_yn": "N", "mang_issu_cls_code": "N",
        ])
        var body: JSONObject = ["output": .object(output)]
        body.merge(envelope(KISMessage.quoteOK))
        return success(body, trID: trID)
    }
}

/// A request refused before its route could answer (a bad quote subject, order body or account): the reply
/// to send instead, which ``SimulatorState/serve(_:request:side:now:trID:)`` returns.
struct RouteRefusal: Error {
    var response: SimResponse
}

/// Classic pivot points and DeMark levels from the previous session.
struct Pivots {
    var high: Int
    var low: Int
    var close: Int
    var open: Int

    var point: Int { (high + low + close) / 3 }
    var firstResistance: Int { 2 * point - low }
    var firstSupport: Int { 2 * point - high }
    var secondResistance: Int { point + (high - low) }
    var secondSupport: Int { point - (high - low) }
    private var demark: Int {
        close > open ? 2 * high + low + close : close < open ? high + 2 * low + close : high + low + 2 * close
    }
    var demarkResistance: Int { demark / 2 - low }
    var demarkSupport: Int { demark / 2 - high }
}
