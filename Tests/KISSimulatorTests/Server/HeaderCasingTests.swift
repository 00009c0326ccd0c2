import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Header names as they appear on the wire: OTA turns every all-lower-case header name into a
/// Python identifier, so `content-type` or `content-length` would break it on every call (SPEC §2.3).
@Suite struct HeaderCasingTests {
    /// Sends one raw HTTP/1.1 request and returns the response head exactly as received.
    ///
    /// The blocking socket calls run on a dispatch queue: blocking a cooperative thread could starve
    /// the server, which answers on the same pool.
    static func rawHead(baseURL: String, request: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingRawHead(baseURL: baseURL, request: request) })
            }
        }
    }

    static func blockingRawHead(baseURL: String, request: String) throws -> String {
        let port = try #require(baseURL.split(separator: ":").last.flatMap { UInt16($0) })
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !String(decoding: received, as: UTF8.self).contains("\r\n\r\n") {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        let text = String(decoding: received, as: UTF8.self)
        return String(text.prefix { _ in true }.components(separatedBy: "\r\n\r\n").first ?? "")
    }

    static func headerNames(_ head: String) -> [String] {
        head.components(separatedBy: "\r\n").dropFirst().compactMap { line in
            line.split(separator: ":", maxSplits: 1).first.map(String.init)
        }
    }

    @Test func noAllLowerCaseHyphenatedHeaderNamesOnTheWire() async throws {
        try await withSimulator { sim in
            let c = try #require(sim.credentials(.real))
            let body = #"{"grant_type":"client_credentials","appkey":"\#(c.appKey)","appsecret":"\#(c.appSecret)"}"#
            let tokenHead = try await Self.rawHead(
                baseURL: sim.realBaseURL,
                request:
                    "POST /oauth2/tokenP HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
            )
            let balanceHead = try await Self.rawHead(
                baseURL: sim.realBaseURL,
                request:
                    "GET \(TROperation.balance.path)?CANO=\(c.accountNumber)&ACNT_PRDT_CD=01 HTTP/1.1\r\nHost: 127.0.0.1\r\ntr_id: TTTC8434R\r\nConnection: close\r\n\r\n"
            )
            let missingHead = try await Self.rawHead(
                baseURL: sim.realBaseURL, request: "GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            for head in [tokenHead, balanceHead, missingHead] {
                let names = Self.headerNames(head)
                #expect(names.contains("Content-Type"), "\(head)")
                #expect(names.contains("Content-Length"), "\(head)")
                for name in names where name.contains("-") {
                    #expect(name != name.lowercased(), "lower-case hyphenated header \(name) in\n\(head)")
                }
                #expect(!head.contains("\r\ncontent-type:"))
                #expect(!head.contains("\r\ncontent-length:"))
            }
        }
    }

    @Test func paginatedRepliesCarryLowerCaseTrCont() async throws {
        try await withSimulator { sim in
            let c = try #require(sim.credentials(.paper))
            let tokenBody =
                #"{"grant_type":"client_credentials","appkey":"\#(c.appKey)","appsecret":"\#(c.appSecret)"}"#
            var request = URLRequest(url: try #require(URL(string: sim.paperBaseURL + "/oauth2/tokenP")))
            request.httpMethod = "POST"
            request.httpBody = Data(tokenBody.utf8)
            let (data, _) = try await URLSession.shared.data(for: request)
            let token = try #require(
                (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["access_token"] as? String)
            let head = try await Self.rawHead(
                baseURL: sim.paperBaseURL,
                request:
                    "GET \(TROperation.balance.path)?CANO=\(c.accountNumber)&ACNT_PRDT_CD=01 HTTP/1.1\r\nHost: 127.0.0.1\r\nauthorization: Bearer \(token)\r\nappkey: \(c.appKey)\r\nappsecret: \(c.appSecret)\r\ntr_id: VTTC8434R\r\nConnection: close\r\n\r\n"
            )
            #expect(head.hasPrefix("HTTP/1.1 200"))
            #expect(head.contains("\r\ntr_cont: D"))
            #expect(head.contains("\r\ntr_id: VTTC8434R"))
        }
    }
}
