import Foundation
import HTTPTransport
import Logging

extension KISClient {
    /// Sends one call with the token, the rate limiter and every retry rule, and returns a success answer.
    ///
    /// Bounded on every path: `EGW00201`/`EGW00215` → back-off, at most `maxRateLimitRetries`; timeouts,
    /// broken connections, 5xx without a KIS body and `EGW00001`/`EGW00002` → back-off, at most
    /// `maxTransientRetries` (inquiries are idempotent); `EGW00123`/`EGW00121` → drop the token, get a new one
    /// (the token manager keeps the once-a-minute rule) and retry exactly once.
    func perform(_ call: KISCall) async throws -> KISResponse {
        let policy = configuration.retry
        var rateLimitRetries = 0
        var transientRetries = 0
        var renewedToken = false
        _ = try call.endpoint.trID(for: configuration.mode)  // fail before spending a token on a TR that does not exist
        while true {
            try Task.checkCancellation()
            let token = try await tokens.token()
            let request = try call.request(configuration: configuration, token: token)
            let limiter = await limiter()
            let ticket = try await limiter.acquire()
            let reservedAt: TimeInterval
            do {
                reservedAt = try await ledger.reserve(clock: runtime.clock)
            } catch {
                // Nothing was sent: the slot ends a window from now, not after the in-flight limit (timeout + 5 s).
                await limiter.complete(ticket)
                throw error
            }
            await limiter.sending(ticket)  // the ledger may have waited: the in-flight limit counts from here
            await counter.increment()
            // Whatever the transport did, the call is over: its slot ends one window from now.
            let outcome: Result<HTTPResponse, any Error>
            do { outcome = .success(try await transport.send(request)) } catch { outcome = .failure(error) }
            await limiter.complete(ticket)
            ledger.complete(reservedAt: reservedAt)
            let failure: KISError
            switch outcome {
            case .success(let response):
                switch Self.classify(response, call: call) {
                case .success(let success): return success
                case .failure(let error): failure = error
                }
            case .failure(let error as HTTPTransportError):
                if error.code == .cancelled || Task.isCancelled { throw CancellationError() }
                failure = KISError(transportError: error, operation: call.operation)
            case .failure(let error):
                throw error
            }
            // An inquiry may be asked again; an unreadable body (cut short, not JSON) is most often a network or
            // gateway glitch, so it gets the same bounded retries as a timeout. A call that must never be resent
            // (an order) stops here: KIS may have executed it, and only a lookup can tell.
            let isTransient = failure.isUnusableAnswer
            if isTransient && call.resend == .never {
                throw KISError(
                    .outcomeUnknown,
                    "no usable answer (\(failure.code.rawValue)); KIS may have executed it, so it is not sent again",
                    operation: call.operation, messageCode: failure.messageCode, httpStatus: failure.httpStatus,
                    underlying: failure)
            }
            if failure.callsForNewToken && !renewedToken {
                logger.info(
                    "KIS rejected the token; issuing a new one", metadata: ["msg_cd": "\(failure.messageCode ?? "")"])
                renewedToken = true
                await tokens.invalidate(token)
            } else if failure.code == .rateLimited && rateLimitRetries < policy.maxRateLimitRetries {
                try await backOff(attempt: rateLimitRetries, after: failure)
                rateLimitRetries += 1
            } else if isTransient && transientRetries < policy.maxTransientRetries {
                try await backOff(attempt: transientRetries, after: failure)
                transientRetries += 1
            } else if failure.code == .rateLimited || isTransient {
                let retries = failure.code == .rateLimited ? rateLimitRetries : transientRetries
                var exhausted = failure
                exhausted.message += " (gave up after \(retries) retries)"
                throw exhausted
            } else {
                throw failure
            }
        }
    }

    private func backOff(attempt: Int, after failure: KISError) async throws {
        let delay = configuration.retry.delay(forAttempt: attempt, random: runtime.random())
        logger.notice(
            "KIS call failed; retrying",
            metadata: ["error": "\(failure.code.rawValue)", "operation": "\(failure.operation)", "delay": "\(delay)"])
        try await runtime.clock.sleep(for: delay)
    }

    /// Splits an HTTP answer into success or a mapped error.
    ///
    /// The status is only a hint: `msg_cd` decides.
    static func classify(_ response: HTTPResponse, call: KISCall) -> Result<KISResponse, KISError> {
        let operation = call.operation
        guard let envelope = try? JSONDecoder().decode(EnvelopeDTO.self, from: response.body) else {
            let code: KISError.Code = response.status >= 500 ? .serverUnavailable : .malformedResponse
            return .failure(
                KISError(code, "answer is not a KIS JSON body", operation: operation, httpStatus: response.status))
        }
        guard let resultCode = envelope.resultCode?.trimmingCharacters(in: .whitespaces) else {
            if let code = envelope.errorCode {
                return .failure(
                    KISError(
                        messageCode: code, serverText: envelope.errorDescription, operation: operation,
                        httpStatus: response.status))
            }
            let code: KISError.Code = response.status >= 500 ? .serverUnavailable : .malformedResponse
            return .failure(KISError(code, "answer has no rt_cd", operation: operation, httpStatus: response.status))
        }
        // Paper inquiries answer "nothing to show" (70070000 모의투자 조회할 내역(자료)이 없습니다) with an empty
        // output; whatever rt_cd comes with it, that is an empty result, not a failure (SPEC §5.2).
        let noData = envelope.msgCode?.trimmingCharacters(in: .whitespaces) == KISClient.paperNoDataCode
        guard resultCode == "0" || (noData && response.isSuccess) else {
            let messageCode = envelope.msgCode?.trimmingCharacters(in: .whitespaces) ?? ""
            let text = KISError.sanitizedServerText(envelope.message ?? "")
            return .failure(
                KISError(
                    KISError.Code(messageCode: messageCode, text: text), text.isEmpty ? "rt_cd \(resultCode)" : text,
                    operation: operation, messageCode: messageCode.isEmpty ? nil : messageCode,
                    httpStatus: response.status))
        }
        guard response.isSuccess else {
            return .failure(
                KISError(
                    response.status >= 500 ? .serverUnavailable : .malformedResponse,
                    "rt_cd 0 with HTTP \(response.status)", operation: operation, httpStatus: response.status))
        }
        return .success(KISResponse(http: response, call: call, messageCode: envelope.msgCode))
    }

    /// KIS paper's "no data to show" message code.
    static let paperNoDataCode = "70070000"
}
