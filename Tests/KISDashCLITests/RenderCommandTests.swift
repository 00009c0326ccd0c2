import ArgumentParser
import Foundation
import Settings
import Testing

@testable import KISDashCLI

@Suite struct RenderCommandTests {
    @Test func renderParsesItsOptionsWithTheDefaultOutput() throws {
        let render = try #require(
            try KISDash.parseAsRoot(["render", "--source", "api", "--template", "wide"]) as? Render)
        #expect(render.out == nil)  // then [render] output_path, whose default is reports/Realtime/Kis_Dashboard.pdf
        #expect(RenderSection().outputPath == "reports/Realtime/Kis_Dashboard.pdf")
        #expect(render.source == .api)
        #expect(render.template == "wide")
        #expect(throws: (any Error).self) { try KISDash.parseAsRoot(["render", "--source", "csv"]) }
    }

    @Test func aBadTemplateIsAConfigurationErrorNamingTheKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[colors]\nup = \"red\"\n".utf8).write(to: folder.appendingPathComponent("bad.toml"))
        let render = try #require(
            try KISDash.parseAsRoot(["render", "--template", "bad", "--templates-dir", folder.path]) as? Render)
        let error = #expect(throws: CLIError.self) { try render.loadTemplate(RenderSection()) }
        #expect(error?.exitCode == ExitCode(64))
        #expect(error?.description.contains("colors.up") == true)
        let missing = try #require(
            try KISDash.parseAsRoot(["render", "--template", "nope", "--templates-dir", folder.path]) as? Render)
        #expect(throws: CLIError.self) { try missing.loadTemplate(RenderSection()) }
    }

    @Test func doctorCountsFailures() {
        var report = DoctorReport()
        report.ok("fonts", "fine")
        report.warn("rsync", "missing")
        #expect(!report.failed)
        report.fail("database", "down")
        #expect(report.failed)
        #expect(report.lines == ["ok    fonts: fine", "WARN  rsync: missing", "FAIL  database: down"])
    }
}
