import Foundation
package import HTTPTransport

extension FakeTransport.Outcome {
    /// A JSON response from text.
    package static func json(_ text: String, status: Int = 200, headers: HTTPHeaders = [:]) -> Self {
        var all: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]
        for field in headers { all.add(name: field.name, value: field.value) }
        return .response(HTTPResponse(status: status, headers: all, body: Data(text.utf8)))
    }

    /// A fixture body (from `Fixtures/`), with `tr_cont` set when given.
    /// - Throws: ``Fixture/NotFound``.
    package static func fixture(_ name: String, status: Int = 200, trCont: String? = nil) throws -> Self {
        var headers: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]
        if let trCont { headers.add(name: "tr_cont", value: trCont) }
        return .response(HTTPResponse(status: status, headers: headers, body: try Fixture.load(name)))
    }

    /// A fixture body after `edit` changed its text (to inject malformed values or extra fields).
    /// - Throws: ``Fixture/NotFound``.
    package static func fixture(
        _ name: String, status: Int = 200, trCont: String? = nil, editing edit: (String) -> String
    ) throws -> Self {
        .json(edit(try Fixture.text(name)), status: status, headers: trCont.map { ["tr_cont": $0] } ?? [:])
    }

    /// A transport timeout.
    package static var timeout: Self {
        .failure(HTTPTransportError(code: .timeout, message: "FakeTransport: scripted timeout"))
    }

    /// A 5xx answer without a KIS body (a proxy or load balancer error page).
    package static func gatewayError(_ status: Int = 502) -> Self {
        .response(
            HTTPResponse(
                status: status, headers: ["Content-Type": "text/html"], body: Data("<html>Bad Gateway</html>".utf8)))
    }
}
