/// KIS's order type, `ORD_DVSN` (SPEC §5.5), for the types this tool lets a user send.
///
/// Stop-limit (`22`) needs a trigger price and the mid-price types (`21`, `23`, `24`) are KRX-only; neither
/// is offered. Price-less types are sent with `ORD_UNPR "0"`.
package enum OrderType: String, Sendable, Codable, CaseIterable {
    case limit = "00"
    case market = "01"
    case conditionalLimit = "02"
    case bestLimit = "03"
    case topPriority = "04"
    case preMarketClose = "05"
    case postMarketClose = "06"
    case afterHoursSinglePrice = "07"
    case limitIOC = "11"
    case limitFOK = "12"
    case marketIOC = "13"
    case marketFOK = "14"
    case bestIOC = "15"
    case bestFOK = "16"

    /// True when the user names the price (the order carries `ORD_UNPR`); false when the exchange sets it.
    package var takesPrice: Bool {
        switch self {
        case .limit, .conditionalLimit, .afterHoursSinglePrice, .limitIOC, .limitFOK: true
        default: false
        }
    }

    /// True for market-type orders, which KIS reserves at the upper limit on a buy (SPEC §5.7 rule 2).
    package var isMarketType: Bool { !takesPrice }

    /// The command-line name, for example `limit`, `market`, `ioc`.
    package var optionName: String {
        switch self {
        case .limit: "limit"
        case .market: "market"
        case .conditionalLimit: "conditional"
        case .bestLimit: "best"
        case .topPriority: "priority"
        case .preMarketClose: "pre-close"
        case .postMarketClose: "post-close"
        case .afterHoursSinglePrice: "single-price"
        case .limitIOC: "ioc"
        case .limitFOK: "fok"
        case .marketIOC: "ioc-market"
        case .marketFOK: "fok-market"
        case .bestIOC: "ioc-best"
        case .bestFOK: "fok-best"
        }
    }

    /// The type named `name` on the command line (`limit`) or by its KIS code (`00`).
    package init?(optionName name: String) {
        let lowered = name.lowercased()
        guard let found = Self.allCases.first(where: { $0.optionName == lowered || $0.rawValue == lowered }) else {
            return nil
        }
        self = found
    }

    /// 주문구분명, for example 지정가.
    package var koreanName: String {
        switch self {
        case .limit: "지정가"
        case .market: "시장가"
        case .conditionalLimit: "조건부지정가"
        case .bestLimit: "최유리지정가"
        case .topPriority: "최우선지정가"
        case .preMarketClose: "장전 시간외"
        case .postMarketClose: "장후 시간외"
        case .afterHoursSinglePrice: "시간외 단일가"
        case .limitIOC: "IOC지정가"
        case .limitFOK: "FOK지정가"
        case .marketIOC: "IOC시장가"
        case .marketFOK: "FOK시장가"
        case .bestIOC: "IOC최유리"
        case .bestFOK: "FOK최유리"
        }
    }
}
