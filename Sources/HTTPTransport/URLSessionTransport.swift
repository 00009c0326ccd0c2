import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The live ``HTTPTransport`` over Foundation's `URLSession` (libcurl on Linux).
///
/// The session is ephemeral with no cache and no cookies: KIS answers are account data that must never be
/// stored on disk by Foundation, and nothing here needs cookies. Each request gets URLSession's own timeouts
/// *and* a hard overall deadline (the request's `timeout` plus a small grace), because libcurl's timers only
/// watch inactivity and a server trickling bytes could otherwise hold a sync forever.
package final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let clock: any Clock<Duration>
    private let deadlineGrace: Duration

    /// Creates a transport with its own ephemeral session.
    /// - Parameters:
    ///   - clock: The clock for the hard deadline (tests may inject one).
    ///   - deadlineGrace: How long after URLSession's own timeout the hard deadline fires.
    package init(clock: any Clock<Duration> = ContinuousClock(), deadlineGrace: Duration = .seconds(2)) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.timeoutIntervalForRequest = 30
        configuration.timeoutIntervalForResource = 120
        session = URLSession(configuration: configuration)
        self.clock = clock
        self.deadlineGrace = deadlineGrace
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = Self.makeURLRequest(request)
        let session = session
        let clock = clock
        let deadline = request.timeout + deadlineGrace
        let label = "\(request.method.rawValue) \(request.path)"
        return try await withThrowingTaskGroup(of: HTTPResponse.self) { group in
            group.addTask { try await Self.perform(urlRequest, on: session, label: label) }
            group.addTask {
                try await clock.sleep(for: deadline)
                throw HTTPTransportError(code: .timeout, message: "\(label): no response within \(deadline)")
            }
            defer { group.cancelAll() }
            guard let response = try await group.next() else {
                throw HTTPTransportError(code: .invalidResponse, message: "\(label): no result")
            }
            return response
        }
    }

    private static func makeURLRequest(_ request: HTTPRequest) -> URLRequest {
        let seconds =
            Double(request.timeout.components.seconds)
            + Double(request.timeout.components.attoseconds) / 1e18
        var urlRequest = URLRequest(
            url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: seconds)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if !request.body.isEmpty {
            urlRequest.httpBody = request.body
        }
        return urlRequest
    }

    private static func perform(_ urlRequest: URLRequest, on session: URLSession, label: String) async throws
        -> HTTPResponse
    {
        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    continuation.resume(with: Self.result(data: data, response: response, error: error, label: label))
                }
                box.start(task)
            }
        } onCancel: {
            box.cancel()
        }
    }

    private static func result(data: Data?, response: URLResponse?, error: (any Error)?, label: String)
        -> Result<HTTPResponse, any Error>
    {
        if let error {
            return .failure(Self.mapError(error, label: label))
        }
        guard let http = response as? HTTPURLResponse else {
            return .failure(HTTPTransportError(code: .invalidResponse, message: "\(label): not an HTTP response"))
        }
        var headers = HTTPHeaders()
        for (key, value) in http.allHeaderFields {
            headers.add(name: String(describing: key), value: String(describing: value))
        }
        return .success(HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data()))
    }

    /// Converts a Foundation error, dropping its `userInfo` (which holds the failing URL and so the query string).
    private static func mapError(_ error: any Error, label: String) -> HTTPTransportError {
        guard let urlError = error as? URLError else {
            return HTTPTransportError(code: .connectionFailed, message: "\(label): request failed")
        }
        let stripped = URLError(urlError.code)
        let code: HTTPTransportError.Code
        let reason: String
        switch urlError.code {
        case .cannotConnectToHost: reason = "connection refused"
        case .cannotFindHost, .dnsLookupFailed: reason = "host not found"
        case .networkConnectionLost: reason = "connection lost"
        case .notConnectedToInternet: reason = "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            reason = "TLS handshake failed"
        default: reason = ""
        }
        switch urlError.code {
        case .timedOut: code = .timeout
        case .cancelled: code = .cancelled
        case .badURL, .unsupportedURL: code = .invalidRequest
        case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData:
            code = .invalidResponse
        default: code = .connectionFailed
        }
        var error = HTTPTransportError(
            code: code, message: "\(label): \(reason.isEmpty ? code.rawValue : reason)", underlying: stripped)
        error.wasNeverSent = [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet]
            .contains(urlError.code)
        return error
    }
}
