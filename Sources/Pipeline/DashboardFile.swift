package import Foundation
import PortfolioModel

/// The local dashboard file: written to a temporary name in its own folder, checked, then renamed into place.
///
/// `rename(2)` within one folder is atomic, so a reader (a viewer, rsync, the Drive client) sees either the
/// previous complete PDF or the new complete PDF, never a partial one; any failure leaves the previous file.
package struct DashboardFile: Sendable {
    /// The final path (`reports/Realtime/Kis_Dashboard.pdf`).
    package var url: URL

    /// Creates a handle for `url`.
    package init(url: URL) { self.url = url }

    /// A fresh temporary path next to ``url`` (hidden, so sync clients ignore it).
    package func temporaryURL() -> URL {
        url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    }

    /// Makes sure the folder exists and is writable.
    /// - Throws: ``PipelineError`` `.output` naming the folder.
    package func prepareFolder() throws {
        let folder = url.deletingLastPathComponent()
        if case .failure(let problem) = WritableFolder.probe(folder, create: true) {
            throw PipelineError(.output, "the output folder \(folder.path) \(problem); the previous dashboard was kept")
        }
    }

    /// Checks that `temporary` is a complete PDF and renames it over ``url``.
    /// - Returns: The size in bytes.
    /// - Throws: ``PipelineError`` `.output`; the temporary file is removed and ``url`` is untouched.
    @discardableResult
    package func install(_ temporary: URL) throws -> Int {
        do {
            let size = try Self.checkPDF(temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw PipelineError(.output, "cannot rename into \(url.path): \(String(cString: strerror(errno)))")
            }
            return size
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The size of a complete PDF with at least one page (``PDFInspection``, the renderer's own check).
    /// - Returns: The size in bytes.
    /// - Throws: ``PipelineError`` `.output` otherwise.
    package static func checkPDF(_ file: URL) throws -> Int {
        guard let inspection = try? PDFInspection(contentsOf: file) else {
            throw PipelineError(.output, "the renderer wrote no file at \(file.path)")
        }
        guard inspection.isComplete, inspection.pages > 0 else {
            throw PipelineError(
                .output, "the rendered file is not a complete PDF (\(inspection.bytes) bytes); not published")
        }
        return inspection.bytes
    }

    /// Copies ``url`` to `destination` through a temporary name in the destination's folder.
    /// - Throws: ``PipelineError`` `.output`.
    package func copy(to destination: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.copy(url, to: destination)
        } catch {
            throw PipelineError(.output, "cannot copy the dashboard to \(destination.path): \(error)")
        }
    }
}
