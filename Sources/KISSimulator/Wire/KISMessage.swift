/// Message codes and texts the simulator sends (SPEC §2.2, §8.1).
enum KISMessage {
    // Gateway errors (HTTP 500 on /uapi).
    static let rateLimited = ("EGW00201", "초당 거래건수를 초과하였습니다.")
    static let tokenExpired = ("EGW00123", "기간이 만료된 token 입니다.")
    static let tokenInvalid = ("EGW00121", "유효하지 않은 token 입니다.")
    static let tokenMissing = ("EGW00122", "token을 찾을 수 없습니다.")
    static let notBearer = ("EGW00205", "credentials_type이 유효하지 않습니다.(Bearer)")
    static let appKeyMissing = ("EGW00102", "AppKey는 필수입니다.")
    static let appKeyInvalid = ("EGW00103", "유효하지 않은 AppKey입니다.")
    static let appSecretMissing = ("EGW00104", "AppSecret은 필수입니다.")
    static let appSecretInvalid = ("EGW00105", "유효하지 않은 AppSecret입니다.")
    static let tokenTooSoon = ("EGW00133", "접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)")
    static let grantTypeMissing = ("EGW00115", "grant_type이 누락되었습니다.")
    static let grantTypeUnsupported = ("EGW00116", "지원하지 않는 grant_type 입니다.")
    static let notPaperTR = ("EGW2004", "모의투자 TR 이 아닙니다.")
    static let unknownService = ("OPSQ0002", "없는 서비스 코드 입니다.")
    static let badBody = ("OPSQ9995", "JSON PARSING ERROR : body")
    static let badAccount = ("OPSQ2000", "ERROR : INPUT INVALID_CHECK_ACNO")
    static let badField = ("OPSQ2002", "ERROR : INPUT INVALID_CHECK_FIELD_LENGTH")
    static let dataChanged = ("SYDB0050", "조회이후에 자료가 변경되었습니다.(다시 조회하세요)")

    // Success.
    static let quoteOK = ("MCA00000", "정상처리 되었습니다.")
    static let badStockCode = ("MCA05918", "종목코드 오류입니다.")

    /// Account inquiry success, padded to 80 EUC-KR bytes as KIS does.
    static func inquiryOK(_ side: SimulatorSide) -> (String, String) {
        side == .real
            ? ("KIOK0510", WireText.paddedMessage("조회가 완료되었습니다"))
            : ("20310000", WireText.paddedMessage("모의투자 조회가 완료되었습니다."))
    }

    /// A business rejection on an order TR; paper texts carry the "모의투자" prefix.
    static func orderRejection(_ side: SimulatorSide, real: (String, String), paper: (String, String)) -> (
        String, String
    ) {
        side == .real ? real : paper
    }
}
