package import Foundation

/// One HTTP response: status, headers (case-insensitive lookup) and the whole body.
package struct HTTPResponse: Sendable, Hashable {
    /// The status code, for example 200.
    package var status: Int
    /// The header fields.
    package var headers: HTTPHeaders
    /// The body.
    package var body: Data

    /// Creates a response.
    package init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    package var isSuccess: Bool { (200..<300).contains(status) }
}
