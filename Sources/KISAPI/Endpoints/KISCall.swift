import Foundation
import HTTPTransport

/// One request to a ``KISEndpoint``: the query in order and the request `tr_cont` (`""` first, `N` next).
struct KISCall: Sendable {
    var endpoint: KISEndpoint
    var query: [(String, String)]
    var trCont: String = ""
    /// Page number within a paged inquiry (1-based), for error messages.
    var page: Int = 1
    /// GET (inquiries, query string) or POST (submissions, JSON body).
    var method: HTTPMethod = .get
    /// The JSON body of a POST.
    var body = Data()
    /// Whether the call may be sent again when its outcome is unknown.
    var resend: ResendRule = .safe

    /// The HTTP request with KIS's headers in the documented order (SPEC §2.1).
    func request(configuration: KISConfiguration, token: AccessToken) throws -> HTTPRequest {
        let trID = try endpoint.trID(for: configuration.mode)
        let url = try KISURL.make(
            base: configuration.baseURL, path: endpoint.path, query: method == .get ? query : [],
            operation: endpoint.name)
        let headers: HTTPHeaders = [
            "content-type": "application/json; charset=utf-8",
            "authorization": "Bearer \(token.value.revealed)",
            "appkey": configuration.appKey.revealed,
            "appsecret": configuration.appSecret.revealed,
            "tr_id": trID,
            "tr_cont": trCont,
            "custtype": "P",
        ]
        return HTTPRequest(method: method, url: url, headers: headers, body: body, timeout: configuration.timeout)
    }

    /// The operation name for errors, with the page when it is not the first.
    var operation: String { page > 1 ? "\(endpoint.name) page \(page)" : endpoint.name }
}
