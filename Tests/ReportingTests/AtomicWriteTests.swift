import Canvas
import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Reporting

/// A failed render never replaces the last good PDF and leaves no temporary file behind.
@Suite struct AtomicWriteTests {
    private let previous = Data("%PDF-1.5 the last good dashboard\n".utf8)

    private func withPreviousPDF(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("Kis_Dashboard.pdf")
        try previous.write(to: url)
        try body(url)
        #expect(try Data(contentsOf: url) == previous, "the previous PDF is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingFontFailsClearlyBeforeAnythingIsWritten() throws {
        var template = DashboardTemplate.standard
        template.fontFamily = "No Such Font KR"
        try withPreviousPDF { url in
            #expect {
                _ = try DashboardRenderer(template: template).render(SampleDashboard().make(), to: url)
            } throws: { error in
                let error = error as? ReportError
                return error?.code == .font && error?.message.contains("\"No Such Font KR\"") == true
            }
        }
    }

    /// A full disk: the folder is a 64 KiB tmpfs holding the previous PDF (root only; skipped where mounting is not
    /// allowed); the new PDF does not fit, so the write fails with ENOSPC and nothing is replaced.
    @Test(.enabled(if: getuid() == 0)) func aFullDiskFailsTheWriteAndKeepsThePreviousPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? Tool.run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path)) != nil else { return }
        defer { _ = try? Tool.run("umount", folder.path) }
        let url = folder.appendingPathComponent("Kis_Dashboard.pdf")
        try previous.write(to: url)
        #expect {
            _ = try DashboardRenderer(template: .standard).render(SampleDashboard().make(), to: url)
        } throws: { error in
            let error = error as? ReportError
            return error?.code == .write && error?.message.contains("previous file kept") == true
        }
        #expect(try Data(contentsOf: url) == previous, "the previous PDF is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Kis_Dashboard.pdf"])
    }

    @Test func anOutputFolderThatCannotExistFailsClearly() throws {
        try withPreviousPDF { url in
            let blocked = url.appendingPathComponent("sub/Kis_Dashboard.pdf")  // a folder under a file
            #expect {
                _ = try DashboardRenderer(template: .standard).render(SampleDashboard().make(), to: blocked)
            } throws: { error in (error as? ReportError)?.code == .write }
        }
    }

    @Test func aGoodRenderReplacesThePreviousPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("Kis_Dashboard.pdf")
        _ = try DashboardRenderer(template: .standard).render(SampleDashboard().make(), to: url)
        let first = try PDFInspection(contentsOf: url)
        var sample = SampleDashboard()
        sample.holdings = 30
        _ = try DashboardRenderer(template: .standard).render(sample.make(), to: url)
        #expect(try PDFInspection(contentsOf: url).pages > first.pages)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Kis_Dashboard.pdf"])
    }
}
