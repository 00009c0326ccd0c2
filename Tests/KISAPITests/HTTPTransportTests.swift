import Foundation
import HTTPTransport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The transport values, redaction and the live URLSession transport on loopback.
@Suite struct HTTPTransportTests {
    @Test func headersKeepOrderAndIgnoreCase() {
        var headers: HTTPHeaders = ["Content-Type": "a", "tr_id": "X"]
        headers["TR_ID"] = "Y"
        headers["custtype"] = "P"
        #expect(headers.first("content-type") == "a")
        #expect(headers.map(\.name) == ["Content-Type", "TR_ID", "custtype"])
        #expect(headers["tr_id"] == "Y")
        headers["tr_id"] = nil
        #expect(!headers.contains("tr_id"))
    }

    @Test func redactionMasksHeadersQueryAndBodies() throws {
        let headers: HTTPHeaders = ["authorization": "Bearer abc", "AppKey": "k", "appsecret": "s", "tr_id": "T"]
        #expect(Redaction.headers(headers) == "authorization: ***, AppKey: ***, appsecret: ***, tr_id: T")
        let url = try #require(URL(string: "http://h/p?CANO=12345678&ACNT_PRDT_CD=01&CTX_AREA_FK100=12345678%5E"))
        #expect(Redaction.query(of: url) == "CANO=***&ACNT_PRDT_CD=01&CTX_AREA_FK100=***")
        let body = Data(
            #"{"appkey":"k","appsecret":"s","nested":{"token":"t","access_token":"a"},"grant_type":"g"}"#.utf8)
        #expect(
            Redaction.body(body)
                == #"{"appkey":"***","appsecret":"***","grant_type":"g","nested":{"access_token":"***","token":"***"}}"#
        )
        #expect(Redaction.body(Data("<html>".utf8)) == "<6 bytes>")
    }

    @Test func errorDescriptionHasNoQueryString() async throws {
        let port = try Self.closedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/uapi/x?CANO=12345678"))
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport().send(HTTPRequest(method: .get, url: url, timeout: .seconds(5)))
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.description.contains("12345678") == false)
        #expect(error?.description.contains("/uapi/x") == true)
    }

    @Test func silentServerTimesOut() async throws {
        let listener = try Self.listen()
        defer { close(listener.fd) }
        let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/slow"))
        let started = ContinuousClock.now
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport(deadlineGrace: .milliseconds(500))
                .send(HTTPRequest(method: .get, url: url, timeout: .milliseconds(700)))
        }
        #expect(error?.code == .timeout)
        // Far below URLSession's own 60 s default, far above the 1.2 s deadline: a loaded CI machine took 5.3 s.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    /// A TCP socket listening on loopback that never answers.
    static func listen() throws -> (fd: Int32, port: Int) {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
            }
            guard fd >= 0, bound == 0, Glibc.listen(fd, 8) == 0 else { throw CocoaError(.fileNoSuchFile) }
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            return (fd, Int(UInt16(bigEndian: address.sin_port)))
        #else
            throw CocoaError(.featureUnsupported)
        #endif
    }

    /// A loopback port with nothing listening.
    static func closedPort() throws -> Int {
        let listener = try listen()
        close(listener.fd)
        return listener.port
    }
}
