import Foundation
import HTTPTransport
import PortfolioModel

extension TokenManager {
    /// Sends `/oauth2/tokenP` once.
    func requestToken() async throws -> (AccessToken, String) {
        let body = TokenRequestDTO(appKey: configuration.appKey.revealed, appSecret: configuration.appSecret.revealed)
        let response = try await post(path: "/oauth2/tokenP", body: body, operation: "tokenP")
        issueRequests += 1
        if response.isSuccess, let dto = try? JSONDecoder().decode(TokenResponseDTO.self, from: response.body),
            let value = dto.accessToken, !value.isEmpty
        {
            let expiry: Date
            if let text = dto.accessTokenExpired, let parsed = KST.parse(text) {
                expiry = parsed
            } else if let seconds = dto.expiresIn {
                expiry = runtime.now().addingTimeInterval(TimeInterval(seconds))
            } else {
                throw KISError(
                    .malformedResponse, "tokenP answer has neither access_token_token_expired nor expires_in",
                    operation: "tokenP", httpStatus: response.status)
            }
            return (AccessToken(value: Secret(value), expiresAt: expiry), KST.format(expiry))
        }
        throw Self.oauthError(response, operation: "tokenP")
    }

    /// Sends `/oauth2/revokeP` once.
    func sendRevoke(token: String) async throws {
        let body = RevokeRequestDTO(
            appKey: configuration.appKey.revealed, appSecret: configuration.appSecret.revealed, token: token)
        let response = try await post(path: "/oauth2/revokeP", body: body, operation: "revokeP")
        if response.isSuccess, let dto = try? JSONDecoder().decode(RevokeResponseDTO.self, from: response.body),
            dto.code == 200
        {
            return
        }
        throw Self.oauthError(response, operation: "revokeP")
    }

    private func post(path: String, body: some Encodable, operation: String) async throws -> HTTPResponse {
        let data: Data
        do { data = try JSONEncoder().encode(body) } catch {
            throw KISError(.configuration, "cannot encode the \(operation) body", operation: operation)
        }
        let url = try KISURL.make(base: configuration.baseURL, path: path, operation: operation)
        let request = HTTPRequest(
            method: .post, url: url, headers: ["content-type": "application/json; charset=utf-8"], body: data,
            timeout: configuration.timeout)
        await counter.increment()
        do {
            return try await transport.send(request)
        } catch let error as HTTPTransportError {
            // A cancelled request is not a glitch to retry (``requestTokenRetrying()``): the run is stopping.
            if error.code == .cancelled || Task.isCancelled { throw CancellationError() }
            throw KISError(transportError: error, operation: operation)
        }
    }

    /// The error for a non-success oauth answer: the `error_code` shape, the `/uapi` shape, or the status.
    static func oauthError(_ response: HTTPResponse, operation: String) -> KISError {
        if let dto = try? JSONDecoder().decode(OAuthErrorDTO.self, from: response.body), let code = dto.errorCode {
            return KISError(
                messageCode: code, serverText: dto.errorDescription, operation: operation, httpStatus: response.status)
        }
        if let envelope = try? JSONDecoder().decode(EnvelopeDTO.self, from: response.body), let code = envelope.msgCode
        {
            return KISError(
                messageCode: code, serverText: envelope.message, operation: operation, httpStatus: response.status)
        }
        return KISError(
            response.status >= 500 ? .serverUnavailable : .malformedResponse,
            "unexpected answer (\(response.body.count) bytes)", operation: operation, httpStatus: response.status)
    }
}
