/// The venue an order goes to (`EXCG_ID_DVSN_CD`, SPEC §4.1).
package enum Venue: String, Codable, Sendable, CaseIterable {
    /// 한국거래소, the default when the field is omitted.
    case krx = "KRX"
    /// 넥스트레이드 (real accounts only).
    case nxt = "NXT"
    /// Smart order routing: KIS picks KRX or NXT.
    case sor = "SOR"

    /// `excg_id_dvsn_name` in the inquiry rows.
    var displayName: String {
        switch self {
        case .krx: "한국거래소"
        case .nxt: "넥스트레이드"
        case .sor: "SOR"
        }
    }
}

/// `ORD_DVSN` groups (SPEC §5.5).
enum OrderTypes {
    /// The KRX list: everything except the off-hours types.
    static let regular: Set<String> = [
        "00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "21", "22", "23", "24",
    ]
    /// Types sent with `ORD_UNPR "0"`: market-like (reserved at the upper limit, never tick-checked)
    /// and the fixed-price off-hours types.
    static let priceless: Set<String> = ["01", "03", "04", "05", "06", "13", "14", "15", "16"]
    /// What SOR accepts: no `02`, `05`–`07`, `21`–`24` (SPEC §4.2).
    static let smartRouted: Set<String> = ["00", "01", "03", "04", "11", "12", "13", "14", "15", "16"]
    /// Immediate-or-cancel types: what does not fill at once is cancelled.
    static let immediateOrCancel: Set<String> = ["11", "13", "15", "23"]
    /// Fill-or-kill types: all at once or nothing.
    static let fillOrKill: Set<String> = ["12", "14", "16", "24"]
}
