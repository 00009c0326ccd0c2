import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension RunningSimulator {
    /// Asks the paper side for a token over real HTTP, as a KIS client does.
    /// - Returns: The HTTP status and the body.
    func requestPaperToken() async throws -> (status: Int, body: Data) {
        let c = try #require(credentials(.paper))
        var request = URLRequest(url: try #require(URL(string: paperBaseURL + "/oauth2/tokenP")))
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "content-type")
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "grant_type": "client_credentials", "appkey": c.appKey, "appsecret": c.appSecret,
        ])
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }
}
