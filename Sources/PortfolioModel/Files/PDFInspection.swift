package import Foundation

/// What a quick read of a written PDF shows: enough to refuse a broken file before it replaces a good one.
///
/// The one PDF check: the renderer checks its output with it before the rename, and the pipeline checks what a
/// render stage wrote before installing it.
package struct PDFInspection: Sendable, Equatable {
    /// Page objects in the file.
    package var pages: Int
    /// Embedded font programs (`/FontFile`, `/FontFile2`, `/FontFile3`).
    package var embeddedFonts: Int
    /// File size in bytes.
    package var bytes: Int
    /// Whether the file starts with `%PDF-` and ends with `%%EOF` (a cut-off write does not).
    package var isComplete: Bool

    /// Reads the file at `url`.
    ///
    /// Cairo writes page and font dictionaries uncompressed, so a byte scan is exact.
    package init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        bytes = data.count
        pages = Self.count(Array("/Type /Page".utf8), in: data, notFollowedBy: UInt8(ascii: "s"))
        embeddedFonts = Self.count(Array("/FontFile".utf8), in: data, notFollowedBy: nil)
        isComplete =
            data.starts(with: Array("%PDF-".utf8)) && String(decoding: data.suffix(32), as: UTF8.self).contains("%%EOF")
        guard data.starts(with: Array("%PDF-".utf8)) else { pages = 0; return }
    }

    private static func count(_ needle: [UInt8], in data: Data, notFollowedBy excluded: UInt8?) -> Int {
        var count = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= needle.count else { return }
            var i = 0
            while i <= bytes.count - needle.count {
                if bytes[i] == needle[0] && zip(needle.indices, needle).allSatisfy({ bytes[i + $0] == $1 }) {
                    let next = i + needle.count < bytes.count ? bytes[i + needle.count] : 0
                    if next != excluded { count += 1 }
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return count
    }
}
