import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// Runs `body` on a throwaway schema with every bundled migration applied.
func withMigratedDatabase<T: Sendable>(_ body: (Database) async throws -> T) async throws -> T {
    try await withTestDatabase { db in
        try await Migrator(database: db).migrate()
        return try await body(db)
    }
}

/// Builders for realistic sync batches.
struct Fixtures {
    let account: AccountNumber
    let day: TradeDate
    let samsung: StockCode
    let hynix: StockCode
    let kakao: StockCode

    init() throws {
        account = try #require(AccountNumber("12345678-01"))
        day = try #require(TradeDate(year: 2025, month: 12, day: 4))
        samsung = try #require(StockCode("005930"))
        hynix = try #require(StockCode("000660"))
        kakao = try #require(StockCode("035720"))
    }

    func time(_ h: Int, _ m: Int, _ s: Int = 0) -> KSTTime { KSTTime(secondOfDay: h * 3600 + m * 60 + s) }

    func holding(_ code: StockCode, _ name: String, quantity: Int64, price: Int64) -> Holding {
        Holding(
            code: code, name: name, quantity: quantity, orderableQuantity: quantity,
            averagePrice: AveragePrice(tenThousandths: 655_307_006), purchaseAmount: KRW(655_307 * quantity / 10),
            currentPrice: KRW(price), evaluationAmount: KRW(price * quantity), profitLoss: KRW(1_234),
            profitLossRate: Percent(hundredths: -377), dayChangeRate: Percent(hundredths: 125), dayChange: KRW(900),
            todayBoughtQuantity: 1, todaySoldQuantity: 0)
    }

    func summary(total: Int64 = 10_000_000) -> AccountSummary {
        AccountSummary(
            deposit: KRW(1_000_000), nextDayCash: KRW(900_000), availableCash: KRW(800_000),
            todayBuyAmount: KRW(71_000),
            todaySellAmount: .zero, todayFees: KRW(10), stockEvaluation: KRW(total - 800_000),
            totalEvaluation: KRW(total),
            netAssets: KRW(total), totalPurchase: KRW(8_000_000), totalProfitLoss: KRW(1_200_000),
            previousTotalAssets: KRW(total - 5_000), assetChange: KRW(5_000))
    }

    func order(_ number: String, _ code: StockCode, filled: Int64, at time: KSTTime) -> DailyOrder {
        DailyOrder(
            orderDate: day, orderNumber: number, branch: "06010", code: code, name: "삼성전자", side: .buy,
            orderQuantity: 10, orderPrice: KRW(71_000), orderTime: time, filledQuantity: filled,
            averageFillPrice: KRW(filled > 0 ? 71_000 : 0), filledAmount: KRW(filled * 71_000),
            remainingQuantity: 10 - filled)
    }

    func minuteBars(stocks: Int, minutes: Int, base: Int64 = 70_000) -> [MinuteBar] {
        let open = day.at(time(9, 0))
        let codes = (0..<stocks).compactMap { StockCode(String(100_000 + $0)) }
        var bars: [MinuteBar] = []
        for code in codes {
            for m in 0..<minutes {
                let price = base + Int64(m)
                bars.append(
                    MinuteBar(
                        code: code, minute: open.addingTimeInterval(Double(m * 60)), open: KRW(price),
                        high: KRW(price + 50), low: KRW(price - 50), close: KRW(price + 10), volume: Int64(1_000 + m)))
            }
        }
        return bars
    }

    /// A full batch: two holdings plus one sold-out row, an unfilled order, orders, an execution, bars.
    func batch(fetchedAt: Date? = nil, samsungPrice: Int64 = 71_000) -> SyncBatch {
        let filled = order("0000117057", samsung, filled: 10, at: time(9, 1, 2))
        let open = order("0000117058", hynix, filled: 0, at: time(9, 5))
        return SyncBatch(
            account: account, mode: .paper, fetchedAt: fetchedAt ?? day.at(time(10, 0)), tradeDate: day,
            balance: BalanceSnapshot(
                summary: summary(),
                holdings: [
                    holding(samsung, "삼성전자", quantity: 10, price: samsungPrice),
                    holding(hynix, "SK하이닉스", quantity: 3, price: 180_000),
                    holding(kakao, "카카오", quantity: 0, price: 40_000),
                ]),
            orders: [filled, open],
            executions: [Execution(order: filled, commission: KRW(106), tax: .zero)],
            unfilled: [UnfilledOrder(openPartOf: open)],
            dailyBars: [
                DailyBar(
                    code: samsung, date: day.adding(days: -1), open: KRW(70_000), high: KRW(71_500),
                    low: KRW(69_800), close: KRW(70_100), volume: 12_345_678, turnover: KRW(870_000_000_000))
            ],
            dailyCoverage: [samsung: day.adding(days: -1)],
            minuteBars: minuteBars(stocks: 2, minutes: 5))
    }
}
