import Diagnosis
import Foundation
import HTTPTransport
import KISDashTestSupport
import LibPQ
import Logging
import PortfolioModel
import Storage
import Synchronization
import Testing

/// Serves a fixed fact-sheet input, with a clock tests can move.
final class FixedInput: DiagnosisInputSource {
    private let state: Mutex<FactSheetInput>

    init(_ input: FactSheetInput) { state = Mutex(input) }

    func set(_ change: (inout FactSheetInput) -> Void) { state.withLock { change(&$0) } }

    func factSheetInput(account: AccountNumber, mode: TradingMode, now: Date) async throws -> FactSheetInput? {
        state.withLock { $0 }
    }
}

/// "Now" for the service, moved by the tests.
final class MovableNow: Sendable {
    private let state: Mutex<Date>
    init(_ date: Date) { state = Mutex(date) }
    var date: Date { state.withLock { $0 } }
    func advance(seconds: Double) { state.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// A diagnosis service on a fresh schema, talking to a fake model server.
struct ServiceHarness {
    static let apiKey = "sk-test-SECRET-0123456789abcdef"

    /// Fallback warnings are expected here; keep the test output readable.
    static var quietLogger: Logger {
        var logger = Logger(label: "test.diagnosis")
        logger.logLevel = .critical
        return logger
    }

    let database: Database
    let input: FixedInput
    let settings: DiagnosisSettings
    let server: FakeModelServer?
    let now: MovableNow

    /// The repository's prompt template.
    static func template() throws -> PromptTemplate {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try PromptTemplate.load(root.appendingPathComponent("templates/diagnosis_prompt.md"))
    }

    /// Settings for `provider` at the fake server.
    ///
    /// The timeout is far above any answer of the fake server on a
    /// loaded 2-core machine (a full test run reaches load 15), so only the timeout test, which shortens it, sees one.
    static func settings(
        _ provider: DiagnosisSource, server: FakeModelServer?, interval: Duration = .zero,
        timeout: Duration = .seconds(60)
    ) -> DiagnosisSettings {
        DiagnosisSettings(
            provider: provider, model: provider.isModel ? "test-model" : nil, baseURL: server?.baseURL,
            timeout: timeout, minimumInterval: interval)
    }

    func service(problem: String? = nil) throws -> DiagnosisService {
        let client =
            settings.provider.isModel
            ? ModelClient(
                provider: settings.provider, model: settings.model ?? "", baseURL: try #require(settings.baseURL),
                apiKey: APIKey(Self.apiKey), timeout: settings.timeout,
                transport: URLSessionTransport(deadlineGrace: .seconds(1)))
            : nil
        let now = self.now
        return DiagnosisService(
            settings: settings,
            dependencies: .init(
                source: input, store: DiagnosisStore(database: database), writer: DiagnosisWriter(database: database),
                client: client, template: try Self.template(), problem: problem, now: { now.date }),
            logger: Self.quietLogger)
    }

    func run(problem: String? = nil) async throws -> DiagnosisOutcome {
        try await service(problem: problem).run(account: try Portfolios.account(), mode: .paper)
    }

    func advance(minutes: Int) {
        now.advance(seconds: Double(minutes) * 60)
        input.set { $0.now = $0.now.addingTimeInterval(Double(minutes) * 60) }
    }

    /// Every stored row as text (without the `account_no` key column), to search for secrets.
    func storedText() async throws -> String {
        try await database.withConnection { conn in
            try conn.query("SELECT (to_jsonb(d) - 'account_no')::text FROM ai_diagnosis d ORDER BY id", as: String.self)
        }.joined(separator: "\n")
    }
}

/// Runs `body` with a migrated schema, a fake model server and a harness for `provider`.
func withHarness<T: Sendable>(
    _ provider: DiagnosisSource, input: FactSheetInput, interval: Duration = .zero, timeout: Duration = .seconds(60),
    _ body: (ServiceHarness) async throws -> T
) async throws -> T {
    try await withTestDatabase { db in
        try await Migrator(database: db).migrate()
        return try await withFakeModelServer { server in
            let harness = ServiceHarness(
                database: db, input: FixedInput(input),
                settings: ServiceHarness.settings(provider, server: server, interval: interval, timeout: timeout),
                server: server,
                now: MovableNow(input.now))
            return try await body(harness)
        }
    }
}

/// A model reply (the JSON the prompt asks for) built from `facts`, every number copied from them.
func groundedReply(_ facts: FactSheet, extraSummary: [String] = []) -> String {
    let p = facts.portfolio
    let object: [String: Any] = [
        "summary": [
            "총평가금액은 \(p.totalEvaluation)이고 현금 비중은 \(p.cashRatio)입니다. 평가손익은 \(p.unrealizedProfitLoss.signed)입니다.",
            "가장 큰 종목의 비중은 약 \(p.largestWeight.hundredths / 100)%로 집중도가 \(p.concentration)입니다.",
        ] + extraSummary,
        "risks": ["집중도(HHI)가 \(KRW.grouped(Int64(p.hhi)))입니다."],
        "comments": facts.holdings.map {
            ["code": $0.code.rawValue, "comment": "비중 \($0.weight), 평가손익 \($0.profitLoss.signed)."]
        },
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
}
