import Foundation
import Pipeline
import Synchronization

/// A render stage for tests until the real renderer is merged: writes a small but complete one-page PDF.
final class TestRenderer: RenderStage {
    enum Mode: Sendable {
        case normal
        case fail
        /// Writes a truncated file (no `%%EOF`), as a crashed renderer would.
        case truncated
        /// Writes a complete PDF padded to 1 MiB (to fill a small disk).
        case large
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "simulated renderer failure" }
    }

    private let state = Mutex<(mode: Mode, count: Int)>((.normal, 0))

    init(_ mode: Mode = .normal) { state.withLock { $0.mode = mode } }

    var renders: Int { state.withLock { $0.count } }
    func setMode(_ mode: Mode) { state.withLock { $0.mode = mode } }

    func render(to destination: URL, at now: Date) async throws -> String {
        let mode = state.withLock {
            $0.count += 1
            return $0.mode
        }
        let pdf = Self.pdf(text: "Kis_Dashboard \(now.timeIntervalSince1970)")
        switch mode {
        case .normal: try pdf.write(to: destination)
        case .fail: throw Failure()
        case .truncated: try pdf.prefix(pdf.count / 2).write(to: destination)
        case .large:
            var padded = Data("%PDF-1.4\n%".utf8) + Data(repeating: 0x20, count: 1 << 20)
            padded += pdf.dropFirst(9)
            try padded.write(to: destination)
        }
        return "1 page"
    }

    /// A minimal valid one-page PDF with `text` in its content stream.
    static func pdf(text: String) -> Data {
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }
}
