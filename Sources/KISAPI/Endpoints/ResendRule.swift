/// Whether a KIS call may be sent again after a failure that leaves its outcome unknown.
///
/// Every call declares one. Inquiries are `safe`: asking twice changes nothing. Orders are `never`: after a
/// timeout, a cut reply or a 5xx the order may already be at the exchange, so the client gets
/// ``KISError/Code/outcomeUnknown`` and must look the order up instead. Rate-limit refusals (`EGW00201`, "the
/// call is not executed") and token refusals happen before KIS runs the call, so they are retried either way.
package enum ResendRule: Sendable, Hashable {
    /// Idempotent: bounded retries on timeouts, broken connections, 5xx and unreadable answers.
    case safe
    /// Not idempotent: never sent again once it may have reached KIS.
    case never
}
