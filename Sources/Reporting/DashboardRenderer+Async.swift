import Canvas
package import Dashboard
import Dispatch
package import Foundation

extension DashboardRenderer {
    /// One queue for all Cairo and Pango work of the process: painting is seconds of blocking C calls, which
    /// would otherwise hold a thread of Swift's cooperative pool (two on a 2-core machine) and stall the
    /// WebSocket feed and database I/O waiting behind it.
    private static let queue = DispatchQueue(label: "kisdash.render", qos: .userInitiated)

    /// Starts fontconfig's set-up and the font check for `family` on the render queue now.
    ///
    /// They then overlap what the caller does next (connecting to and reading the database); the render that
    /// follows on the same serial queue finds them done. A missing font is reported by that render, not here.
    package static func prepareFonts(_ family: String) {
        queue.async { _ = try? FontCatalog.require(family) }
    }

    /// ``render(_:to:)`` on the render queue, off the cooperative pool.
    package func render(_ data: DashboardData, to url: URL) async throws(ReportError) -> Result {
        let outcome: Swift.Result<Result, ReportError> = await withCheckedContinuation { continuation in
            Self.queue.async {
                do throws(ReportError) {
                    continuation.resume(returning: .success(try self.render(data, to: url)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try outcome.get()
    }
}
