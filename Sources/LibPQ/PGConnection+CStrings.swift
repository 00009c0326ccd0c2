internal import CLibPQ
import Foundation

extension PGConnection {
    /// The passwords a connection string carries, so error messages can scrub them.
    ///
    /// Uses `PQconninfoParse`, which understands both URLs and `key=value` strings exactly as libpq will.
    static func passwords(in conninfo: String) throws -> [String] {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &errorMessage) else {
            defer { PQfreemem(errorMessage) }
            // libpq's parse errors quote the offending fragment, which may be the password: say only that it failed.
            throw PGError(code: .invalidArgument, message: "the database URL could not be parsed")
        }
        defer { PQconninfoFree(options) }
        var found: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val {
                found.append(String(cString: value))
                // A percent-encoded password may also appear verbatim in messages that echo the URL.
                if let encoded = String(cString: value).addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                    found.append(encoded)
                }
            }
            option += 1
        }
        return found
    }
}

/// Calls `body` with a C array of C strings (`nil` elements stay NULL) that lives for the duration of the call.
///
/// libpq wants `const char * const *`; Swift sees it as `UnsafePointer<UnsafePointer<CChar>?>`. Each string is
/// copied with `strdup` and freed afterwards.
/// - Throws: ``PGError`` `.invalidArgument` for a string containing NUL (PostgreSQL text cannot hold it, and C
///   would silently cut it short), or if memory runs out.
func withCStrings<R>(
    _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws -> R
) throws -> R {
    var copies: [UnsafeMutablePointer<CChar>?] = []
    copies.reserveCapacity(strings.count)
    defer { copies.forEach { free($0) } }
    for string in strings {
        guard let string else {
            copies.append(nil)
            continue
        }
        guard !string.utf8.contains(0) else {
            throw PGError(code: .invalidArgument, message: "a parameter contains a NUL character")
        }
        guard let copy = strdup(string) else { throw PGError(code: .invalidArgument, message: "out of memory") }
        copies.append(copy)
    }
    let constCopies = copies.map { $0.map { UnsafePointer($0) } }
    return try constCopies.withUnsafeBufferPointer { try body($0.baseAddress) }
}
