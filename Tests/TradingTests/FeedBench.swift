import Feed
import FeedLive
import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Testing

/// Notice → database row latency of the feed at 1, 10 and 100 fills per second (bench/feed_bench.sh runs it).
///
/// Prints, asserts nothing about time (performance is measured by benchmarks, not timed tests). A fill's latency
/// is `feed_notice.stored_at` (the database's wall clock at insert) minus the wall time just before its order was
/// sent: an upper bound, since it includes the order's own HTTP round trip.
@Suite(.enabled(if: TestDatabase.isEnabled && ProcessInfo.processInfo.environment["KISDASH_BENCH"] == "1"))
struct FeedBench {
    @Test func noticeToRowLatency() async throws {
        var lines = ["fills/s  fills   p50 ms   p99 ms   max ms"]
        for (rate, count) in [(1, 10), (10, 50), (100, 300)] {
            try await TradingHarness.with(.paper) { h in
                let soak = FeedServiceTests()
                let backfills = FeedServiceTests.Counter()
                let service = try soak.service(h, backfills: backfills, renders: .init())
                let client = try h.client()
                var sentAt: [String: Date] = [:]
                try await soak.withService(h, service) {
                    try await backfills.wait(for: "the back-fill after subscribing") { $0 == 1 }
                    let interval = 1.0 / Double(rate)
                    let start = Date()
                    for i in 0..<count {
                        let due = start.addingTimeInterval(Double(i) * interval)
                        if due > Date() { try await Task.sleep(for: .seconds(due.timeIntervalSinceNow)) }
                        let side = i % 2 == 0 ? "TTTC0012U" : "TTTC0011U"
                        let before = Date()
                        let reply = try await client.submit(
                            Self.order(client.configuration.account, buy: i % 2 == 0, real: side))
                        sentAt[reply.output["ODNO"] ?? ""] = before
                    }
                    try await eventually("all fills stored") { try await soak.notices(h, .fill) >= count }
                }
                let rows = try await h.database.withConnection { conn in
                    try conn.query(
                        "SELECT order_no, stored_at FROM feed_notice WHERE kind = 'fill'", as: (String, Date).self)
                }
                let latencies = rows.compactMap { row in sentAt[row.0].map { row.1.timeIntervalSince($0) * 1000 } }
                    .sorted()
                func pct(_ p: Double) -> Double {
                    latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
                }
                lines.append(
                    String(
                        format: "%7d %6d %8.1f %8.1f %8.1f", rate, latencies.count, pct(0.5), pct(0.99),
                        latencies.last ?? 0))
            }
        }
        print("feed bench: notice → row latency (debug build)\n" + lines.joined(separator: "\n"))
    }

    /// One share of 005930, marketable (it fills at once): buys at 103,000, sells at 102,000, paper TRs.
    static func order(_ account: AccountNumber, buy: Bool, real: String) -> KISSubmission {
        KISSubmission(
            name: "order-cash", path: "/uapi/domestic-stock/v1/trading/order-cash", realTR: real,
            paperTR: "V" + real.dropFirst(),
            fields: [
                "CANO": account.cano, "ACNT_PRDT_CD": account.productCode, "PDNO": "005930", "ORD_DVSN": "00",
                "ORD_QTY": "1", "ORD_UNPR": buy ? "103000" : "102000", "EXCG_ID_DVSN_CD": "KRX",
            ])
    }
}
