import Dashboard
import Foundation
import PortfolioModel

extension DashboardScenario {
    /// 200 holdings, 500 fills, 20 open orders and a comment per holding.
    static func large() -> DashboardData {
        var b = ScenarioBuilder(day: day)
        b.add("900001", "동전주 1원", quantity: 1_234_567, average: 2, price: 1, dayChange: -5_000)
        b.add("207940", "삼성바이오로직스", quantity: 3, average: 1_800_000, price: 2_000_000, dayChange: 1_111)
        b.add("900003", "폭락 -95%", quantity: 120_000, average: 40_000, price: 2_000, dayChange: -2_999)
        b.add("900004", "급등 +886%", quantity: 23_456, average: 5_000, price: 49_315, dayChange: 2_997)
        b.add("900005", "신규상장 A", quantity: 700, average: 12_000, price: 13_500, dayChange: 1_250, dailyDays: 1)
        b.add("900006", "신규상장 B", quantity: 1_500, average: 8_000, price: 7_400, dayChange: -1_020, dailyDays: 3)
        for i in 6..<200 {
            let long = SampleNames.etfs[i % SampleNames.etfs.count]
            let name = i % 3 == 0 ? long : SampleNames.plain[i % SampleNames.plain.count] + " \(i)"
            let price = Int64([55, 880, 4_215, 19_950, 71_500, 284_000, 935_000][i % 7] + i)
            let quantity = Int64([250_000, 31_000, 2_400, 512, 77, 14, 3][i % 7] + i * 3)
            let average = price * Int64(60 + (i * 37) % 90) / 100
            b.add(
                String(format: "%06d", 100_000 + i * 211), name, quantity: quantity, average: average, price: price,
                dayChange: Int64((i * 389) % 2_400) - 1_200)
        }
        let fills = b.executions(500)
        let unfilled = (0..<20).map { n in
            let h = b.holdings[(n * 9) % b.holdings.count]
            return UnfilledOrder(
                orderDate: day, orderNumber: String(format: "%010d", 80_000 + n), code: h.code, name: h.name,
                side: n % 2 == 0 ? .buy : .sell, orderQuantity: 100_000 + Int64(n), orderPrice: h.currentPrice,
                orderTime: required(KSTTime(hour: 10, minute: n)), filledQuantity: 0,
                cancellableQuantity: 100_000 + Int64(n))
        }
        let comments = b.holdings.map { h in
            DiagnosisContent.Comment(
                code: h.code, name: h.name,
                text: "\(KoreanFormat.shares(h.quantity)) 보유, 평가손익 \(KoreanFormat.signedWon(h.profitLoss))"
                    + "(\(KoreanFormat.percent(h.profitLossRate))). 오늘 \(KoreanFormat.percent(h.dayChangeRate)).")
        }
        let diagnosis = DiagnosisContent.Diagnosis(
            sourceLabel: "오프라인 규칙", createdAt: day.at(required(KSTTime(hour: 10, minute: 25))),
            summary: ["총평가금액 가운데 주식 200종목의 평가손익을 요약합니다."],
            risks: ["손절 감시 기준 -10.00%를 넘은 종목이 여럿입니다."], comments: comments)
        return data(
            b, cash: 12_345_678, executions: fills, now: day.at(required(KSTTime(hour: 10, minute: 30))),
            market: .open(session: "정규장"), unfilled: unfilled, diagnosis: .available(diagnosis))
    }
}

/// Names as KIS spells them: long ETF names, and ordinary ones.
enum SampleNames {
    static let etfs = [
        "KODEX 미국S&P500선물(H) 레버리지 합성 액티브", "TIGER 미국필라델피아반도체나스닥 레버리지(합성)",
        "ACE 미국빅테크TOP7 Plus 레버리지(합성)", "KBSTAR 200선물인버스2X", "SOL 조선TOP3플러스 레버리지",
        "HANARO Fn K-반도체 커버드콜 액티브", "KODEX 차이나H레버리지(H)", "RISE 미국배당다우존스 타겟데일리커버드콜",
    ]
    static let plain = ["삼성전자", "SK하이닉스", "카카오", "NAVER", "현대차", "기아", "셀트리온", "LG에너지솔루션", "POSCO홀딩스", "KB금융"]
}
