/// Builds JWT-shaped access tokens (~350 characters, three base64url parts) like KIS's.
///
/// The payload carries no app key or secret; the signature part is a hash, not a real signature.
enum TokenShape {
    static func make(side: SimulatorSide, appKey: String, serial: Int, issuedAt: KSTTime, lifetime: Double) -> String {
        let iat = Int(issuedAt.secondsSinceEpoch)
        let header = #"{"typ":"JWT","alg":"HS512"}"#
        let audience = uuidLike(Noise.hash([Noise.hash(appKey), 7]), Noise.hash([Noise.hash(appKey), 8]))
        let payload =
            #"{"sub":"token","aud":"\#(audience)","prdt_cd":"","iss":"unogw","exp":\#(iat + Int(lifetime)),"iat":\#(iat),"jti":"SIM\#(side == .real ? "R" : "P")\#(pad(serial, 8))"}"#
        var signature: [UInt8] = []
        var h = Noise.hash([Noise.hash(appKey), UInt64(serial), UInt64(bitPattern: Int64(iat))])
        for _ in 0..<64 {
            h = Noise.mix(h)
            signature.append(UInt8(truncatingIfNeeded: h))
        }
        return base64url(Array(header.utf8)) + "." + base64url(Array(payload.utf8)) + "." + base64url(signature)
    }

    /// A `8-4-4-4-12` hex string from two words.
    static func uuidLike(_ a: UInt64, _ b: UInt64) -> String {
        let hex = hex(a) + hex(b)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-"
            + String(c[20..<32])
    }

    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<16).map { digits[Int((value >> (60 - 4 * UInt64($0))) & 0xF)] })
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var out = ""
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            if i + 1 < bytes.count { out.append(alphabet[Int(n >> 6 & 63)]) }
            if i + 2 < bytes.count { out.append(alphabet[Int(n & 63)]) }
            i += 3
        }
        return out
    }
}
