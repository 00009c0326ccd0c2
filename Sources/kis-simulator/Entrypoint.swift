import ArgumentParser
import Foundation
import KISSimulator

/// `kis-simulator`: serves the KIS REST protocol on loopback for the client and the tests.
@main
struct KISSimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kis-simulator",
        abstract: "A local simulator of the Korea Investment & Securities (KIS) REST and WebSocket API.",
        discussion: """
            Serves the real side and the paper side on two loopback ports, with separate app keys, tokens, \
            accounts, rate limits and TR ids, plus one WebSocket port per side (any path, e.g. /tryitout: \
            H0STCNI0/H0STCNI9 encrypted execution notices, H0STCNT0 ticks, PINGPONG). Prints one line with the \
            base URLs once all are bound. All times are KST. SIGINT or SIGTERM shuts it down cleanly.

            Default scenario: paper account 50123456-01 (HTS id simpaper01, app key \
            sim-paper-appkey-0001-not-a-real-key, secret sim-paper-appsecret-not-a-real-secret-0001); \
            real account 64012345-01 (simreal01, sim-real-appkey-0001-not-a-real-key, \
            sim-real-appsecret-not-a-real-secret-0001). Clock 2025-12-04T10:30:00+09:00, frozen.

            Control API on both ports (no auth, not rate-limited):
              GET  /__sim/health
              GET  /__sim/clock, POST /__sim/clock {"now": ISO 8601, "speed": N, "advanceSeconds": S}
              GET  /__sim/stats, POST /__sim/stats/reset
              GET  /__sim/faults, POST /__sim/faults <fault plan>, DELETE /__sim/faults
              POST /__sim/revoke {"side": "real"|"paper"} (omit side for both)
              GET  /__sim/limits, POST /__sim/limits {"realRate", "paperRate", "tokenIssueInterval", ...}
              GET  /__sim/account?side=real|paper
              POST /__sim/reset
              GET  /__sim/ws/sessions, POST /__sim/ws/ping {"side"?}, POST /__sim/ws/drop {"side"?}

            Fault plan (--faults FILE or POST /__sim/faults):
              {"seed": 1, "rules": [{"route": "inquire-balance", "side": "paper", "kind": "dataChanged", "calls": [2]}]}
              route: a path, its last component, a TR id, or "*"; side: optional.
              kind: http500 | http502 | slow | rateLimitBurst | revokeToken | malformedJSON | truncated | dataChanged
                | lostReply; WebSocket (route "*", "ws" or a TR id; ordinals count data records): wsDrop | wsStall
                | wsGarbage | wsExtraFields ("extraFields": N) | wsMultiRecord | wsDuplicate | wsApprovalRefused
                (ordinals count subscribe messages).
              when: "calls": [ordinals], "every": N, or "rate": 0.1 (seeded); none = every matching call; "limit": max.
              extras: "delaySeconds" (slow), "burst" (rateLimitBurst).
            """)

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port of the real side (실전); 0 = ephemeral.")
    var port = 9443

    @Option(help: "Port of the paper side (모의); 0 = ephemeral.")
    var paperPort = 29443

    @Option(help: "WebSocket port of the real side (KIS: 21000); 0 = ephemeral.")
    var wsPort = 21000

    @Option(help: "WebSocket port of the paper side (KIS: 31000); 0 = ephemeral.")
    var paperWsPort = 31000

    @Option(help: "Wall seconds between PINGPONG messages on each WebSocket session (0 = none).")
    var wsPingInterval: Double = 10

    @Option(help: "Scenario JSON file, or 'default' for the built-in one.")
    var scenario = "default"

    @Option(help: "A gen_dataset.py JSON file to serve instead of a scenario (clock defaults to its as_of).")
    var dataset: String?

    @Option(help: "Side of the dataset account: real or paper.")
    var datasetSide = "paper"

    @Option(help: "App key of the dataset account (default: the default scenario's key for that side).")
    var datasetAppKey: String?

    @Option(help: "App secret of the dataset account (default: the default scenario's secret for that side).")
    var datasetAppSecret: String?

    @Option(help: "Account number CANO-ACNT_PRDT_CD of the dataset account (default: generated).")
    var datasetAccount: String?

    @Option(help: "Simulated start time, e.g. 2025-12-04T10:30:00+09:00 (KST when no offset).")
    var now: String?

    @Option(help: "Simulated seconds per wall second: 0 frozen, 1 real time, 60 a minute per second.")
    var speed: Double?

    @Option(help: "Calls per second per app key on the real side (KIS: 18; 0 = unlimited).")
    var realRate = 18

    @Option(help: "Calls per second per app key on the paper side (KIS: 1; 0 = unlimited).")
    var paperRate = 1

    @Option(help: "Minimum seconds between token issues per app key (KIS: 60) before EGW00133.")
    var tokenInterval: Double = 60

    @Option(help: "Token lifetime in simulated seconds (KIS: 86400).")
    var tokenLifetime: Double = 86400

    @Option(help: "Fault plan JSON file (see above).")
    var faults: String?

    @Option(help: "Seed of the price walk (default: the scenario's).")
    var seed: UInt64?

    @Option(
        help: "Write {\"real\",\"paper\",\"realWebSocket\",\"paperWebSocket\"} URLs to this file once all are bound.")
    var readyFile: String?

    func validate() throws {
        if let now, KSTTime(parsing: now) == nil {
            throw ValidationError("--now must look like 2025-12-04T10:30:00+09:00")
        }
        if SimulatorSide(rawValue: datasetSide) == nil { throw ValidationError("--dataset-side must be real or paper") }
        if let speed, speed < 0 { throw ValidationError("--speed must be 0 or more") }
    }

    func run() async throws {
        let loaded: Scenario
        if let dataset {
            let options = DatasetImportOptions(
                side: SimulatorSide(rawValue: datasetSide) ?? .paper, appKey: datasetAppKey,
                appSecret: datasetAppSecret,
                account: datasetAccount)
            loaded = try Scenario(datasetAt: URL(fileURLWithPath: dataset), options: options)
        } else {
            loaded = try Scenario.load(path: scenario)
        }
        var configuration = SimulatorConfiguration(
            scenario: loaded, start: now.flatMap { KSTTime(parsing: $0) }, speed: speed,
            limits: SimulatorLimits(
                realRate: realRate, paperRate: paperRate, tokenIssueInterval: tokenInterval,
                tokenLifetime: tokenLifetime, webSocketPingInterval: wsPingInterval),
            faults: try faults.map { try FaultPlan.load(path: $0) } ?? .none, seed: seed, host: host, realPort: port,
            paperPort: paperPort)
        configuration.realWebSocketPort = wsPort
        configuration.paperWebSocketPort = paperWsPort
        try await runSimulatorUntilSignalled(configuration) { running in
            if let readyFile {
                try Data(running.readyJSON.utf8).write(to: URL(fileURLWithPath: readyFile), options: .atomic)
            }
            // Unbuffered, so a script reading our stdout through a pipe sees the line at once.
            let line =
                "kis-simulator real \(running.realBaseURL) paper \(running.paperBaseURL)"
                + " real-ws \(running.realWebSocketURL) paper-ws \(running.paperWebSocketURL)\n"
            try? FileHandle.standardOutput.write(contentsOf: Data(line.utf8))
        }
    }
}
