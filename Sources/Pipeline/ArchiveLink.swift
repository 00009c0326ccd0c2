import Foundation
package import PortfolioModel

/// Where an archived day's PDF sits relative to the archive folder, and the link the index gives it.
///
/// The index is copied (rsync) with its folder to a shared drive and opened from there, so every link is relative
/// to the index's own folder and URL-escaped; an absolute local path never reaches the page. Pure.
package enum ArchiveLink {
    /// `2025/12/Kis_Dashboard_2025-12-04.pdf`: where ``Archiver`` puts the end-of-day PDF of `day`.
    package static func relativePath(for day: TradeDate) -> String {
        String(format: "%04d/%02d/Kis_Dashboard_%@.pdf", day.year, day.month, day.iso)
    }

    /// The `href` for a stored PDF path, relative to `archiveFolder` and URL-escaped (not yet HTML-escaped).
    ///
    /// A path under the folder (after resolving `.`, `..` and repeated slashes) keeps its place below it. A path
    /// stored elsewhere (the folder was moved or configured differently when the day was archived) links to the
    /// day's place in this folder, where ``Archiver`` writes it, rather than to a path no other machine has.
    package static func href(pdfPath: String, archiveFolder: String, day: TradeDate) -> String {
        let folder = components(archiveFolder)
        let pdf = components(pdfPath)
        let relative: [String]
        if pdf.count > folder.count, pdf.starts(with: folder), pdfPath.hasPrefix("/") == archiveFolder.hasPrefix("/") {
            relative = Array(pdf.dropFirst(folder.count))
        } else {
            relative = relativePath(for: day).split(separator: "/").map(String.init)
        }
        return relative.map(escapeSegment).joined(separator: "/")
    }

    /// The path's segments with `.` and empty ones dropped and `..` applied.
    private static func components(_ path: String) -> [String] {
        var out: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !out.isEmpty { out.removeLast() }
            default: out.append(String(segment))
            }
        }
        return out
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, as UTF-8 bytes (`월` becomes `%EC%9B%94`).
    private static func escapeSegment(_ segment: String) -> String {
        // Only unpaired UTF-16 surrogates make this nil, and a Swift String has none.
        segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
