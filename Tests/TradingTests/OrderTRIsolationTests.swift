import Foundation
import Testing

/// Order placement is a power of its own: no product module but `Trading` may name an order TR id.
@Suite struct OrderTRIsolationTests {
    static let orderTRs = ["0011U", "0012U", "0013U", "0801U", "0802U", "0803U"].flatMap { ["TTTC" + $0, "VTTC" + $0] }

    @Test func onlyTradingAndTheSimulatorNameOrderTRs() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100, "found the sources")
        var offenders: [String] = []
        var tradingHasThem = false
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let named = Self.orderTRs.filter { text.contains($0) }
            guard !named.isEmpty else { continue }
            if file.hasPrefix("Trading/") { tradingHasThem = true; continue }
            if file.hasPrefix("KISSimulator/") { continue }  // the simulator must answer them
            offenders.append("\(file): \(named.joined(separator: ", "))")
        }
        #expect(offenders.isEmpty, "order TR ids outside Trading: \(offenders)")
        #expect(tradingHasThem)
    }
}
