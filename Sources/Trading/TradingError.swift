/// Why a trading command refused or failed.
///
/// Its description never holds a password, a confirmation code, a key
/// or an unmasked account.
package struct TradingError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: String, Sendable, Hashable, CaseIterable {
        /// A pre-trade check refused the order (tick, band, session, cash, quantity, name, venue).
        case refused
        /// The confirmation code is wrong, expired, used, voided, or for another domain or account.
        case codeRefused
        /// There is no pending order to confirm.
        case noPendingOrder
        /// The trading password is wrong, missing, or attempts are locked out.
        case passwordRefused
        /// A real order without `REAL_TRADING_ENABLED=true`.
        case realTradingDisabled
        /// The base URL is the other domain's KIS host (a paper key must never reach the real host, and back).
        case wrongHost
        /// KIS refused the order; nothing was placed.
        case rejectedByKIS
        /// KIS gave no usable answer and the lookup could not settle whether the order was placed.
        case outcomeUnknown
        /// An inquiry KIS answered with an error (the order was not sent).
        case kis
        /// The journal could not be written, so nothing was sent.
        case journal
        /// The state directory (pending order, password file) could not be read or written.
        case stateFile
    }

    package var code: Code
    /// One line for the user.
    package var message: String
    /// KIS's `msg_cd` when KIS refused.
    package var messageCode: String?
    package var underlying: (any Error)?

    /// Creates an error.
    package init(_ code: Code, _ message: String, messageCode: String? = nil, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.messageCode = messageCode
        self.underlying = underlying
    }

    package var description: String { message + (messageCode.map { " (\($0))" } ?? "") }
}
