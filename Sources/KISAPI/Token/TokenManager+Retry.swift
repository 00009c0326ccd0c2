import Logging

extension TokenManager {
    /// Sends `/oauth2/tokenP`, asking again after a glitch with the inquiries' bounded, jittered back-off.
    ///
    /// Only a request that got no usable answer is asked again (timeout, broken connection, 5xx without a KIS
    /// body, unreadable body: ``KISError/isUnusableAnswer``), at most `retry.maxTransientRetries` times. KIS's
    /// answers are final here: `EGW00133` (issued less than a minute ago) goes back to ``token()``, which waits out
    /// the minute once, and a wrong app key or secret fails at once. A glitch after KIS issued a token is safe to
    /// retry: within 6 h KIS answers with the same token (or `EGW00133`, handled as above).
    /// - Returns: The token and its expiry as KIS wrote it.
    /// - Throws: ``KISError``; after the last retry its message says how many there were.
    func requestTokenRetrying() async throws -> (AccessToken, String) {
        let policy = configuration.retry
        var retries = 0
        while true {
            try Task.checkCancellation()
            do {
                return try await requestToken()
            } catch var error as KISError where error.isUnusableAnswer {
                guard retries < policy.maxTransientRetries else {
                    if retries > 0 { error.message += " (gave up after \(retries) retries)" }
                    throw error
                }
                let delay = policy.delay(forAttempt: retries, random: runtime.random())
                logger.notice(
                    "KIS token request failed; retrying",
                    metadata: ["error": "\(error.code.rawValue)", "delay": "\(delay)"])
                try await runtime.clock.sleep(for: delay)
                retries += 1
            }
        }
    }
}
