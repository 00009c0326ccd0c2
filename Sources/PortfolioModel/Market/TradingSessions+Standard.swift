extension TradingSessions {
    private static func t(_ h: Int, _ m: Int, _ s: Int = 0) -> KSTTime { KSTTime(secondOfDay: h * 3600 + m * 60 + s) }

    /// KRX's regular session opens (09:00 KST): the start of 정규장, when the opening call auction ends.
    package static let krxOpen = t(9, 0)
    /// KRX's regular session closes (15:30 KST): the end of the closing call auction (장마감 동시호가).
    package static let krxClose = t(15, 30)
    /// Nextrade's day opens (08:00 KST, 프리마켓).
    package static let nxtOpen = t(8, 0)
    /// Nextrade's day closes (20:00 KST, the end of 애프터마켓).
    package static let nxtClose = t(20, 0)

    /// KRX's regular order types (continuous session and the two call auctions).
    package static let krxRegular: Set<OrderType> = [
        .limit, .market, .conditionalLimit, .bestLimit, .topPriority, .limitIOC, .limitFOK, .marketIOC, .marketFOK,
        .bestIOC, .bestFOK,
    ]
    /// NXT's main-market list: no market (`01`), conditional (`02`) or off-hours (`05`–`07`) orders.
    package static let nxtMain: Set<OrderType> = [
        .limit, .bestLimit, .topPriority, .limitIOC, .limitFOK, .marketIOC, .marketFOK, .bestIOC, .bestFOK,
    ]
    /// NXT pre- and after-market: limit and the two best-price limits only (APBK3013).
    package static let nxtExtended: Set<OrderType> = [.limit, .bestLimit, .topPriority]
    /// SOR: no `02` and no off-hours types.
    package static let sorRegular: Set<OrderType> = krxRegular.subtracting([.conditionalLimit])

    /// The schedule of a normal trading day (SPEC §4.2, as of 2026; KRX's planned after-market is not in it).
    package static let standard = TradingSessions(windows: [
        Window(.krx, "장개시전 시간외 종가", t(8, 30), t(8, 40), [.preMarketClose]),
        Window(.krx, "장개시 동시호가", t(8, 30), krxOpen, krxRegular),
        Window(.krx, "정규장", krxOpen, t(15, 20), krxRegular),
        Window(.krx, "장마감 동시호가", t(15, 20), krxClose, krxRegular),
        Window(.krx, "장후 시간외 종가 접수", krxClose, t(15, 40), [.postMarketClose]),
        Window(.krx, "장후 시간외 종가", t(15, 40), t(16, 0), [.postMarketClose]),
        Window(.krx, "시간외 단일가", t(16, 0), t(18, 0), [.afterHoursSinglePrice]),
        Window(.nxt, "프리마켓", nxtOpen, t(8, 50), nxtExtended),
        Window(.nxt, "메인마켓", t(9, 0, 30), t(15, 20), nxtMain),
        Window(.nxt, "애프터마켓", t(15, 40), nxtClose, nxtExtended),
        Window(.sor, "프리마켓", t(8, 0), t(8, 50), nxtExtended),
        Window(.sor, "장개시 동시호가", t(8, 30), t(9, 0), sorRegular),
        Window(.sor, "정규장", t(9, 0), t(15, 30), sorRegular),
        Window(.sor, "애프터마켓", t(15, 40), t(20, 0), nxtExtended),
    ])
}
