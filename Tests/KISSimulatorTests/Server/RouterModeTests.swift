import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KISDashTestSupport
import Testing

@testable import KISSimulator

/// The applications through HummingbirdTesting's `.router` mode (no sockets).
@Suite struct RouterModeTests {
    @Test func tokenThenQuoteThroughTheRouter() async throws {
        let simulator = try Simulator(
            SimulatorConfiguration(scenario: try Scenario.builtIn(), limits: SimHarness.relaxed))
        let c = try #require(simulator.credentials(.real))
        try await simulator.application(for: .real).test(.router) { client in
            let body = #"{"grant_type":"client_credentials","appkey":"\#(c.appKey)","appsecret":"\#(c.appSecret)"}"#
            let token = try await client.execute(uri: "/oauth2/tokenP", method: .post, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json =
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                return json?["access_token"] as? String ?? ""
            }
            var headers = HTTPFields()
            headers[.authorization] = "Bearer \(token)"
            for (name, value) in ["appkey": c.appKey, "appsecret": c.appSecret, "tr_id": "FHKST01010100"] {
                headers[try #require(HTTPField.Name(name))] = value
            }
            try await client.execute(
                uri: TROperation.price.path + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930", method: .get,
                headers: headers
            ) { response in
                #expect(response.status == .ok)
                let trID = try #require(HTTPField.Name("tr_id"))
                #expect(response.headers[trID] == "FHKST01010100")
                #expect(String(buffer: response.body).contains(#""msg_cd":"MCA00000""#))
            }
            try await client.execute(uri: "/__sim/health", method: .get) { response in
                #expect(String(buffer: response.body).contains("real"))
            }
        }
    }
}
