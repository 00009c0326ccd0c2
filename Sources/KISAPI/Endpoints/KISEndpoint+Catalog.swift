extension KISEndpoint {
    private static let trading = "/uapi/domestic-stock/v1/trading"
    private static let quotations = "/uapi/domestic-stock/v1/quotations"

    /// 주식잔고조회 (SPEC §5.1).
    static let balance = KISEndpoint(
        name: "inquire-balance", path: trading + "/inquire-balance", realTR: "TTTC8434R", paperTR: "VTTC8434R",
        paging: .cursor100)
    /// 주식일별주문체결조회, up to 3 months back (SPEC §5.2).
    static let dailyOrders = KISEndpoint(
        name: "inquire-daily-ccld", path: trading + "/inquire-daily-ccld", realTR: "TTTC0081R", paperTR: "VTTC0081R",
        paging: .cursor100)
    /// 주식일별주문체결조회, more than 3 months back (SPEC §5.2).
    static let dailyOrdersArchive = KISEndpoint(
        name: "inquire-daily-ccld", path: trading + "/inquire-daily-ccld", realTR: "CTSC9215R", paperTR: "VTSC9215R",
        paging: .cursor100)
    /// 주식정정취소가능주문조회, real only (SPEC §5.3).
    static let cancellableOrders = KISEndpoint(
        name: "inquire-psbl-rvsecncl", path: trading + "/inquire-psbl-rvsecncl", realTR: "TTTC0084R", paperTR: nil,
        paging: .cursor100)
    /// 매수가능조회 (SPEC §5.4).
    static let orderableCash = KISEndpoint(
        name: "inquire-psbl-order", path: trading + "/inquire-psbl-order", realTR: "TTTC8908R", paperTR: "VTTC8908R")
    /// 주식현재가 시세 (SPEC §6.1).
    static let price = KISEndpoint(
        name: "inquire-price", path: quotations + "/inquire-price", realTR: "FHKST01010100", paperTR: "FHKST01010100")
    /// 주식현재가 호가/예상체결 (SPEC §6.2).
    static let askingPrice = KISEndpoint(
        name: "inquire-asking-price-exp-ccn", path: quotations + "/inquire-asking-price-exp-ccn",
        realTR: "FHKST01010200", paperTR: "FHKST01010200")
    /// 국내주식기간별시세 (SPEC §6.3).
    static let dailyChart = KISEndpoint(
        name: "inquire-daily-itemchartprice", path: quotations + "/inquire-daily-itemchartprice",
        realTR: "FHKST03010100", paperTR: "FHKST03010100")
    /// 주식당일분봉조회 (SPEC §6.4).
    static let minuteChart = KISEndpoint(
        name: "inquire-time-itemchartprice", path: quotations + "/inquire-time-itemchartprice",
        realTR: "FHKST03010200", paperTR: "FHKST03010200")
    /// 국내휴장일조회, real only, about one call a day (SPEC §6.9).
    static let holidays = KISEndpoint(
        name: "chk-holiday", path: quotations + "/chk-holiday", realTR: "CTCA0903R", paperTR: nil, paging: .cursor)
}
