extension SimulatorState {
    /// 주식당일분봉조회 (FHKST03010200): today's one-minute bars at or before `FID_INPUT_HOUR_1`,
    /// at most 30, newest first; a future hour means now.
    func minuteChart(_ q: QueryParameters, now: KSTTime, trID: String) throws(RouteRefusal) -> SimResponse {
        let (stock, v) = try quoteSubject(q, now: now)
        let hour = Int(q.value("FID_INPUT_HOUR_1").trimmingSpaces.prefix(6)) ?? 999_999
        let limitSecond = hour / 10000 * 3600 + hour / 100 % 100 * 60 + hour % 100
        let isToday = v.sessionDate == now.date
        let bars = isToday ? v.bars.filter { $0.bar.startSecond <= limitSecond } : []
        let output2: [JSON] = bars.suffix(30).reversed().map { visible in
            let row: JSONObject = [
                "stck_bsop_date": .string(v.sessionDate.compact),
                "stck_cntg_hour": .string(KSTTime.compactTime(visible.bar.startSecond)),
                "stck_prpr": "\(visible.bar.close)", "stck_oprc": "\(visible.bar.open)",
                "stck_hgpr": "\(visible.bar.high)", "stck_lwpr": "\(visible.bar.low)",
                "cntg_vol": "\(visible.displayVolume)", "acml_tr_pbmn": "\(visible.cumulativeTurnover)",
            ]
            return .object(row)
        }
        let summary: JSONObject = [
            "prdy_vrss": "\(v.change)", "prdy_vrss_sign": .string(v.sign),
            "prdy_ctrt": .string(Numbers.fixed(v.changeRate, places: 2)), "stck_prdy_clpr": "\(v.previousClose)",
            "acml_vol": "\(v.volume)", "acml_tr_pbmn": "\(v.turnover)", "hts_kor_isnm": .string(stock.name),
            "stck_prpr": "\(v.price)",
        ]
        var body: JSONObject = ["output1": .object(summary), "output2": .array(output2)]
        body.merge(envelope(KISMessage.quoteOK))
        return success(body, trID: trID)
    }

    /// 국내휴장일조회 (CTCA0903R, real only): 24 calendar days from `BASS_DT` (or after the NK
    /// cursor), with 20-character cursors, as the portal example shows.
    func holidays(_ q: QueryParameters, paging: PagingRequest, trID: String) -> SimResponse {
        guard let base = KSTDate(parsing: q.value("BASS_DT").trimmingSpaces) else {
            return .envelope(500, KISMessage.badField.0, KISMessage.badField.1)
        }
        let first = paging.isContinuation ? (KSTDate(parsing: paging.nk.trimmingSpaces)?.adding(days: 1) ?? base) : base
        let calendar = market.calendar
        let days = (0..<24).map { first.adding(days: $0) }
        let rows: [JSON] = days.map { day in
            let business = calendar.isBusinessDay(day) ? "Y" : "N"
            let open = calendar.isTradingDay(day) ? "Y" : "N"
            let row: JSONObject = [
                "bass_dt": .string(day.compact), "wday_dvsn_cd": .string(pad(day.weekday + 1, 2)),
                "bzdy_yn": .string(business),
                "tr_day_yn": .string(business), "opnd_yn": .string(open), "sttl_day_yn": .string(open),
            ]
            return .object(row)
        }
        var body: JSONObject = [
            "ctx_area_nk": .string(WireText.padded(days.last?.compact ?? "", to: 20)),
            "ctx_area_fk": .string(WireText.padded(base.compact, to: 20)),
            "output": .array(rows),
        ]
        body.merge(envelope(("KIOK0510", WireText.paddedMessage("조회가 완료되었습니다", toEUCKRBytes: 89))))
        return success(body, trID: trID, hasMore: false)
    }
}
