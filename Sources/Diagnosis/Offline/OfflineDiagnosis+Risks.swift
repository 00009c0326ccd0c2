import PortfolioModel

extension OfflineDiagnosis {
    /// The main risks, most severe first; one reassuring line when there are none.
    static func risks(_ f: FactSheet) -> [String] {
        let p = f.portfolio
        var out: [String] = []
        if f.freshness.isFromEarlierDay || f.freshness.isStale {
            out.append("자료가 최신이 아닙니다. 아래 진단은 마지막으로 저장된 잔고 기준이므로 동기화 후 다시 확인하세요.")
        }
        let past = f.holdings.filter(\.isPastLossThreshold)
        if past.count > Limits.listed {
            // Many holdings: one grouped line, the worst first, instead of a line each.
            let worst = past.sorted { ($0.profitLossRate, $0.code) < ($1.profitLossRate, $1.code) }.prefix(
                Limits.listed)
            out.append(
                "손절 감시 기준 \(p.lossThreshold.signed)를 넘은 종목이 여럿입니다. 손실이 큰 순서로 "
                    + worst.map { "\($0.name)(\($0.profitLossRate.signed))" }.joined(separator: ", ")
                    + " 등이며, 종목별 코멘트에 모두 표시했습니다.")
        } else {
            for h in past {
                out.append(
                    "\(h.name)(\(h.code))의 수익률이 \(h.profitLossRate.signed)로 손절 감시 기준 \(p.lossThreshold.signed)를 넘었습니다 "
                        + "(평가손익 \(h.profitLoss.signed)).")
            }
        }
        if p.holdingCount > 1, p.losers == p.holdingCount {
            out.append("보유한 \(p.holdingCount)개 종목이 모두 손실 중이며 합계 평가손익은 \(p.unrealizedProfitLoss.signed)입니다.")
        }
        if let name = p.largestName, p.largestWeight.hundredths >= Limits.singleHolding {
            out.append("\(name) 한 종목이 주식의 \(p.largestWeight)를 차지해 이 종목의 등락이 계좌 전체를 좌우합니다.")
        } else if p.holdingCount > 1, p.concentration == "높음" {
            out.append("집중도(HHI) \(KRW.grouped(Int64(p.hhi)))로 높아 상위 \(p.topCount)개 종목(\(p.topWeight))에 위험이 몰려 있습니다.")
        }
        out += trendRisks(f)
        if p.holdingCount > 0, p.cashRatio.hundredths < Limits.lowCash {
            out.append("현금 비중이 \(p.cashRatio)로 낮아 추가 매수나 급락 대응 여력이 적습니다.")
        } else if p.holdingCount > 0, p.cashRatio.hundredths > Limits.highCash {
            out.append("현금 비중이 \(p.cashRatio)로 높아 시장 상승의 효과를 적게 받습니다.")
        }
        if !f.freshness.withoutDailyBars.isEmpty {
            out.append("일부 종목(\(f.freshness.withoutDailyBars.joined(separator: ", ")))은 일별 시세가 없어 추세를 판단하지 못했습니다.")
        }
        if out.isEmpty { out.append("손절 기준을 넘은 종목이나 과도한 집중 같은 뚜렷한 위험 신호는 없습니다.") }
        return out
    }

    /// Deep drawdowns and high volatility: a line per holding, or one grouped line each when there are many.
    private static func trendRisks(_ f: FactSheet) -> [String] {
        var drawdowns: [(HoldingFacts, TrendFacts)] = []
        var volatile: [(HoldingFacts, Rate)] = []
        for h in f.holdings {
            guard let t = h.trend else { continue }
            if t.maxDrawdown.hundredths <= Limits.drawdown {
                drawdowns.append((h, t))
            } else if let v = t.volatility, v.hundredths >= Limits.volatility {
                volatile.append((h, v))
            }
        }
        var out: [String] = []
        if drawdowns.count > Limits.listed {
            let worst = drawdowns.sorted { $0.1.maxDrawdown < $1.1.maxDrawdown }.prefix(Limits.listed)
            out.append(
                "최근 \(f.portfolio.trendDays)거래일 낙폭이 큰 종목은 "
                    + worst.map { "\($0.0.name)(\($0.1.maxDrawdown.signed))" }.joined(separator: ", ") + " 등입니다.")
        } else {
            for (h, t) in drawdowns {
                out.append("\(Particle.topic.after(h.name)) 최근 \(t.days)거래일 최대 낙폭이 \(t.maxDrawdown.signed)입니다.")
            }
        }
        if volatile.count > Limits.listed {
            let most = volatile.sorted { $1.1 < $0.1 }.prefix(Limits.listed)
            out.append(
                "일간 변동성이 큰 종목은 " + most.map { "\($0.0.name)(\($0.1))" }.joined(separator: ", ")
                    + " 등으로, 가격이 크게 흔들릴 수 있습니다.")
        } else {
            for (h, v) in volatile { out.append("\(h.name)의 일간 변동성이 \(v)로 커서 가격이 크게 흔들릴 수 있습니다.") }
        }
        return out
    }

    /// One holding's comment: weight, gain or loss, distance from the average price, trend, today.
    static func comment(_ h: HoldingFacts, _ p: PortfolioFacts) -> String {
        var parts = [
            "\(KRW.grouped(h.quantity))주 보유, 주식 중 비중 \(h.weight)(총자산의 \(h.weightOfTotal)). "
                + "평가손익 \(h.profitLoss.signed)(\(h.profitLossRate.signed)).",
            "현재가 \(Particle.topic.after(h.currentPrice.description)) 평균단가 \(h.averagePrice)보다 "
                + (h.distanceFromAverage.hundredths >= 0
                    ? "\(h.distanceFromAverage) 높습니다."
                    : "\(Rate(hundredths: -h.distanceFromAverage.hundredths)) 낮습니다."),
        ]
        if let t = h.trend {
            var line = "최근 \(t.days)거래일 \(t.change.signed) \(t.direction), 최대 낙폭 \(t.maxDrawdown.signed)"
            line += t.volatility.map { ", 일간 변동성 \($0)." } ?? "."
            parts.append(line)
        }
        parts.append("오늘 \(h.dayChangeRate.signed)(\(h.positionDayChange.signed)).")
        if h.boughtToday > 0 { parts.append("오늘 \(KRW.grouped(h.boughtToday))주를 매수했습니다.") }
        if h.soldToday > 0 { parts.append("오늘 \(KRW.grouped(h.soldToday))주를 매도했습니다.") }
        if h.isPastLossThreshold { parts.append("손절 감시 기준 \(p.lossThreshold.signed)에 도달했으니 보유 이유를 점검하세요.") }
        return parts.joined(separator: " ")
    }
}
