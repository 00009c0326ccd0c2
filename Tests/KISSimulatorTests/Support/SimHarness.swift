import Foundation
import KISDashTestSupport

@testable import KISSimulator

/// A reply from the simulator, with JSON helpers.
struct Reply {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
    var code: String { (json["msg_cd"] as? String) ?? (json["error_code"] as? String) ?? "" }
    var rtCode: String { (json["rt_cd"] as? String) ?? "" }
    var output1: [[String: Any]] { (json["output1"] as? [[String: Any]]) ?? [] }
    var output: [[String: Any]] { (json["output"] as? [[String: Any]]) ?? [] }
    var outputObject: [String: Any] { (json["output"] as? [String: Any]) ?? [:] }

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
}

/// Drives a ``Simulator`` in-process through its request handler (no sockets), like a KIS client.
struct SimHarness {
    let state: SimulatorState
    let control: SimulatorControl
    private let accounts: [SimulatorSide: SimulatorCredentials]

    static let relaxed = SimulatorLimits(realRate: 1000, paperRate: 1000, tokenIssueInterval: 0)

    init(
        scenario: Scenario? = nil, now: String = SimulatorTestDefaults.now, speed: Double = 0,
        limits: SimulatorLimits = SimHarness.relaxed, faults: FaultPlan = .none,
        clock: any Clock<Duration> = ContinuousClock()
    ) throws {
        let simulator = try Simulator(
            SimulatorConfiguration(
                scenario: try scenario ?? Scenario.builtIn(), start: KSTTime(parsing: now), speed: speed,
                limits: limits, faults: faults, clock: clock))
        state = simulator.state
        control = simulator.control
        accounts = Dictionary(
            uniqueKeysWithValues: SimulatorSide.allCases.compactMap { side in
                simulator.credentials(side).map { (side, $0) }
            })
    }

    /// Drives a simulator that is listening (the WebSocket tests): the same state, reached in-process.
    init(running: RunningSimulator) {
        state = running.control.state
        control = running.control
        accounts = Dictionary(
            uniqueKeysWithValues: SimulatorSide.allCases.compactMap { side in
                running.credentials(side).map { (side, $0) }
            })
    }

    func credentials(_ side: SimulatorSide) -> SimulatorCredentials {
        accounts[side]
            ?? SimulatorCredentials(
                ScenarioAccount(
                    side: side, appKey: "", appSecret: "", account: "00000000-01", htsId: "", cash: 0, holdings: []))
    }

    func send(
        _ side: SimulatorSide, _ method: String, _ path: String, query: String = "", headers: [String: String] = [:],
        body: [UInt8] = []
    ) async -> Reply {
        let reply = await state.handle(
            SimRequest(method: method, path: path, rawQuery: query, headers: headers, body: body), side: side)
        return Reply(status: reply.status, headers: reply.headers, body: reply.body)
    }

    /// tokenP with the side's credentials.
    func tokenReply(_ side: SimulatorSide, appKey: String? = nil, appSecret: String? = nil) async -> Reply {
        let c = credentials(side)
        let body =
            #"{"grant_type":"client_credentials","appkey":"\#(appKey ?? c.appKey)","appsecret":"\#(appSecret ?? c.appSecret)"}"#
        return await send(
            side, "POST", "/oauth2/tokenP", headers: ["content-type": "application/json"], body: Array(body.utf8))
    }

    /// A fresh access token for `side`.
    func token(_ side: SimulatorSide) async -> String {
        (await tokenReply(side).json["access_token"] as? String) ?? ""
    }

    /// The headers a KIS client sends on /uapi calls.
    func headers(_ side: SimulatorSide, token: String, trID: String, trCont: String = "") -> [String: String] {
        let c = credentials(side)
        return [
            "content-type": "application/json; charset=utf-8", "authorization": "Bearer \(token)", "appkey": c.appKey,
            "appsecret": c.appSecret, "tr_id": trID, "tr_cont": trCont, "custtype": "P",
        ]
    }

    /// A GET on a TR.
    func get(
        _ side: SimulatorSide, _ operation: TROperation, trID: String, token: String, query: [(String, String)],
        trCont: String = ""
    ) async -> Reply {
        await send(
            side, "GET", operation.path, query: Self.encode(query),
            headers: headers(side, token: token, trID: trID, trCont: trCont))
    }

    /// A POST on a TR with a JSON body of strings.
    func post(_ side: SimulatorSide, _ operation: TROperation, trID: String, token: String, body: [String: String])
        async -> Reply
    {
        let data = (try? JSONSerialization.data(withJSONObject: body)) ?? Data()
        return await send(
            side, "POST", operation.path, headers: headers(side, token: token, trID: trID), body: Array(data))
    }

    /// The account query pair for `side`.
    func account(_ side: SimulatorSide) -> [(String, String)] {
        let c = credentials(side)
        return [("CANO", c.accountNumber), ("ACNT_PRDT_CD", c.productCode)]
    }

    /// Form encoding as Python's requests does it (spaces as `+`).
    static func encode(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            let encoded =
                (value.addingPercentEncoding(withAllowedCharacters: allowed.union(CharacterSet(charactersIn: " ")))
                ?? value)
                .replacingOccurrences(of: " ", with: "+")
            return name + "=" + encoded
        }.joined(separator: "&")
    }
}

/// The balance query OTA sends.
func balanceQuery(_ harness: SimHarness, _ side: SimulatorSide, fk: String = "", nk: String = "") -> [(String, String)]
{
    harness.account(side) + [
        ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "01"), ("UNPR_DVSN", "01"), ("FUND_STTL_ICLD_YN", "N"),
        ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"), ("CTX_AREA_FK100", fk), ("CTX_AREA_NK100", nk),
    ]
}

/// A quote query for `code`.
func quoteQuery(_ code: String, _ extra: [(String, String)] = []) -> [(String, String)] {
    [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code)] + extra
}
