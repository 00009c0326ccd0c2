extension SimulatorState {
    /// 국내주식기간별시세 (FHKST03010100): up to 100 D/W/M/Y rows, newest first, within the dates.
    func dailyChart(_ q: QueryParameters, now: KSTTime, trID: String) throws(RouteRefusal) -> SimResponse {
        let (stock, v) = try quoteSubject(q, now: now)
        let end = min(KSTDate(parsing: q.value("FID_INPUT_DATE_2")) ?? v.sessionDate, v.sessionDate)
        let start = KSTDate(parsing: q.value("FID_INPUT_DATE_1")) ?? end.adding(days: -150)
        let period = q.value("FID_PERIOD_DIV_CODE").uppercased()
        var days: [DailyBar] = []
        if let series = market.series[stock.code], var day = series.sessionDay(onOrBefore: end) {
            let limit = period == "D" || period.isEmpty ? 100 : 2_600
            while day >= start && days.count < limit {
                if let bar = day == v.sessionDate ? v.dailyBar : series.dailyBar(on: day) { days.append(bar) }
                guard let previous = series.sessionDay(before: day) else { break }
                day = previous
            }
        }
        let rows = Array(ChartPeriods.aggregate(days, period: period).prefix(100))
        let prev = v.previousBar
        let facts = StockFacts(stock)
        var summary = JSONObject()
        summary.merge([
            "prdy_vrss": "\(v.change)", "prdy_vrss_sign": .string(v.sign),
            "prdy_ctrt": .string(Numbers.fixed(v.changeRate, places: 2)),
            "stck_prdy_clpr": "\(v.previousClose)", "acml_vol": "\(v.volume)", "acml_tr_pbmn": "\(v.turnover)",
            "hts_kor_isnm": .string(stock.name), "stck_prpr": "\(v.price)", "stck_shrn_iscd": .string(stock.code),
            "prdy_vol": "\(prev?.volume ?? 0)", "stck_mxpr": "\(v.upperLimit)", "stck_llam": "\(v.lowerLimit)",
            "stck_oprc": "\(v.open)", "stck_hgpr": "\(v.high)", "stck_lwpr": "\(v.low)",
            "stck_prdy_oprc": "\(prev?.open ?? 0)", "stck_prdy_hgpr": "\(prev?.high ?? 0)",
            "stck_prdy_lwpr": "\(prev?.low ?? 0)",
            "askp": "\(v.price + v.tick)", "bidp": "\(v.price)",
            "prdy_vrss_vol": "\(v.volume - (prev?.volume ?? 0))",
            "vol_tnrt": .string(Numbers.percent(Double(v.volume), of: Double(facts.listedShares), places: 2)),
            "stck_fcam": "\(facts.par)", "lstn_stcn": "\(facts.listedShares)", "cpfn": "\(facts.capital)",
            "hts_avls": "\(v.price * facts.listedShares / 100_000_000)",
            "per": .string(Numbers.fixed(Double(v.price) / facts.eps, places: 2)),
            "eps": .string(Numbers.fixed(facts.eps.rounded(), places: 2)),
            "pbr": .string(Numbers.fixed(Double(v.price) / facts.bps, places: 2)),
            // The key really contains a space (SPEC §6.3).
            "itewhol_loan_rmnd_ratem name": "0.14",
        ])
        let output2: [JSON] = rows.enumerated().map { index, bar in
            let previousClose =
                index + 1 < rows.count
                ? rows[index + 1].close : (market.series[stock.code]?.previousClose(on: bar.date) ?? bar.open)
            let row: JSONObject = [
                "stck_bsop_date": .string(bar.date.compact), "stck_clpr": "\(bar.close)", "stck_oprc": "\(bar.open)",
                "stck_hgpr": "\(bar.high)", "stck_lwpr": "\(bar.low)", "acml_vol": "\(bar.volume)",
                "acml_tr_pbmn": "\(bar.turnover)", "flng_cls_code": "00", "prtt_rate": "0.00", "mod_yn": "N",
                "prdy_vrss_sign": .string(
                    Numbers.sign(
                        price: bar.close, previous: previousClose,
                        upper: TickTable.upperLimit(previousClose: previousClose, kind: v.kind),
                        lower: TickTable.lowerLimit(previousClose: previousClose, kind: v.kind))),
                "prdy_vrss": "\(bar.close - previousClose)", "revl_issu_reas": "",
            ]
            return .object(row)
        }
        var body: JSONObject = ["output1": .object(summary), "output2": .array(output2)]
        body.merge(envelope(KISMessage.quoteOK))
        return success(body, trID: trID)
    }
}

/// Folds daily bars (newest first) into weeks, months or years.
enum ChartPeriods {
    static func aggregate(_ days: [DailyBar], period: String) -> [DailyBar] {
        guard ["W", "M", "Y"].contains(period) else { return days }
        func bucket(_ date: KSTDate) -> Int {
            switch period {
            case "W": (date.dayNumber + 3) / 7  // weeks start on Monday
            case "M": date.year * 12 + date.month
            default: date.year
            }
        }
        var result: [DailyBar] = []
        var currentBucket: Int?
        for day in days {
            let b = bucket(day.date)
            if b == currentBucket, var last = result.popLast() {
                // `days` runs newest first, so `day` is earlier than what `last` holds.
                last.open = day.open
                last.high = max(last.high, day.high)
                last.low = min(last.low, day.low)
                last.volume += day.volume
                last.turnover += day.turnover
                result.append(last)
            } else {
                result.append(day)
                currentBucket = b
            }
        }
        return result
    }
}
