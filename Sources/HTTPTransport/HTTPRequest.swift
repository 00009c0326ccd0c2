package import Foundation

/// An HTTP method.
///
/// Only the ones this project sends.
package enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
}

/// One HTTP request: method, absolute URL, ordered headers, body and an overall time limit.
package struct HTTPRequest: Sendable, Hashable {
    /// The method.
    package var method: HTTPMethod
    /// The absolute URL including the query string.
    ///
    /// Never log it whole: KIS queries carry the account number.
    package var url: URL
    /// The header fields in the order they are sent.
    package var headers: HTTPHeaders
    /// The body; empty for GET.
    package var body: Data
    /// The hard limit for the whole exchange (connect, send, wait, receive).
    package var timeout: Duration

    /// Creates a request.
    package init(
        method: HTTPMethod, url: URL, headers: HTTPHeaders = [:], body: Data = Data(), timeout: Duration = .seconds(10)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The URL's path without query string or host, safe to log (for example `/uapi/domestic-stock/v1/trading/inquire-balance`).
    package var path: String {
        let p = url.path
        return p.isEmpty ? "/" : p
    }
}
