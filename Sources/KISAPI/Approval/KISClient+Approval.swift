import Foundation
import HTTPTransport
import Logging
import PortfolioModel

extension KISClient {
    /// Asks KIS for a new WebSocket approval key (`POST /oauth2/Approval`, SPEC §3.3).
    ///
    /// Sends `{"grant_type":"client_credentials","appkey":…,"secretkey":…}` with no token; the request logger
    /// masks `appkey`, `secretkey` and the answer's `approval_key`. Use ``ApprovalKeyCache`` rather than calling
    /// this directly: a key lasts 24 h and KIS allows one request a second.
    /// - Returns: The key, stamped with this client's `now`.
    /// - Throws: ``KISError``: the oauth error codes (`EGW00103` …), transport codes, `.malformedResponse`.
    package func fetchApprovalKey() async throws -> ApprovalKey {
        let operation = "approval"
        let body: Data
        do {
            body = try JSONEncoder().encode(
                ApprovalRequestDTO(
                    appKey: configuration.appKey.revealed, secretKey: configuration.appSecret.revealed))
        } catch {
            throw KISError(.configuration, "cannot encode the approval body", operation: operation)
        }
        let url = try KISURL.make(base: configuration.baseURL, path: "/oauth2/Approval", operation: operation)
        let request = HTTPRequest(
            method: .post, url: url, headers: ["content-type": "application/json; utf-8"], body: body,
            timeout: configuration.timeout)
        await counter.increment()
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as HTTPTransportError {
            throw KISError(transportError: error, operation: operation)
        }
        guard response.isSuccess else { throw TokenManager.oauthError(response, operation: operation) }
        guard let dto = try? JSONDecoder().decode(ApprovalResponseDTO.self, from: response.body),
            let value = dto.approvalKey, !value.isEmpty
        else {
            throw KISError(
                .malformedResponse, "Approval answer has no approval_key", operation: operation,
                httpStatus: response.status)
        }
        logger.info("KIS WebSocket approval key issued")
        return ApprovalKey(value: Secret(value), issuedAt: runtime.now())
    }
}
