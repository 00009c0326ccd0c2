/// The fields every `/uapi` answer carries (SPEC §2.2), plus tokenP's error shape.
struct EnvelopeDTO: Decodable {
    /// `rt_cd`: `"0"` success, anything else failure.
    var resultCode: String?
    /// `msg_cd`, for example `KIOK0510`, `EGW00201`.
    var msgCode: String?
    /// `msg1`, padded with spaces on account TRs.
    var message: String?
    /// `error_code` (oauth shape).
    var errorCode: String?
    /// `error_description` (oauth shape).
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case resultCode = "rt_cd"
        case msgCode = "msg_cd"
        case message = "msg1"
        case errorCode = "error_code"
        case errorDescription = "error_description"
    }
}

/// The continuation cursors, at the top level of paged answers, padded with spaces (SPEC §2.4).
struct CursorDTO: Decodable {
    var fk100: String?
    var nk100: String?
    var fk: String?
    var nk: String?

    enum CodingKeys: String, CodingKey {
        case fk100 = "ctx_area_fk100"
        case nk100 = "ctx_area_nk100"
        case fk = "ctx_area_fk"
        case nk = "ctx_area_nk"
    }
}
