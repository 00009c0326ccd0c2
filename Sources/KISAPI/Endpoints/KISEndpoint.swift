import PortfolioModel

/// One KIS REST inquiry: its path, its TR ids for real and paper, and how it pages.
///
/// TR ids follow SPEC §4 (current generation). `nil` means the operation does not exist in that mode:
/// paper has no inquire-psbl-rvsecncl and no chk-holiday, and asking would only earn an `OPSQ0002`.
struct KISEndpoint: Sendable, Hashable {
    /// How an operation pages.
    enum Paging: Sendable, Hashable {
        /// One call answers everything (quotes, charts paged by date/time instead).
        case none
        /// `tr_cont` + `CTX_AREA_FK100`/`CTX_AREA_NK100` (account inquiries).
        case cursor100
        /// `tr_cont` + `CTX_AREA_FK`/`CTX_AREA_NK` (chk-holiday).
        case cursor
    }

    /// The name used in errors and logs, for example `inquire-balance`.
    var name: String
    /// The path under the base URL.
    var path: String
    /// The TR id on the real domain.
    var realTR: String?
    /// The TR id on the paper domain.
    var paperTR: String?
    /// How the operation pages.
    var paging: Paging = .none

    /// The TR id for `mode`.
    /// - Throws: ``KISError`` `.unsupportedInMode` when KIS offers no such TR in that mode.
    func trID(for mode: TradingMode) throws -> String {
        guard let id = mode == .real ? realTR : paperTR else {
            throw KISError(
                .unsupportedInMode, "\(name) is not offered for \(mode) accounts", operation: name)
        }
        return id
    }

    /// The query names of the request cursors, for example (`CTX_AREA_FK100`, `CTX_AREA_NK100`).
    var cursorQueryNames: (fk: String, nk: String)? {
        switch paging {
        case .none: nil
        case .cursor100: ("CTX_AREA_FK100", "CTX_AREA_NK100")
        case .cursor: ("CTX_AREA_FK", "CTX_AREA_NK")
        }
    }
}
