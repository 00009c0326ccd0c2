import ArgumentParser
import Dashboard
import Foundation
import PortfolioModel
import Reporting
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

/// `kisdash render` alone reads the market calendar `run` uses, so a holiday is 휴장일 in both.
@Suite struct RenderCalendarTests {
    @Test func renderReadsTheOverrideFileAndSessionsLikeRun() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("calendar.txt")
        try Data("2025-12-26 임시 휴장\n".utf8).write(to: file)
        var settings = AppSettings()
        settings.schedule.calendarOverride = file.path
        let closed = try #require(TradeDate(year: 2025, month: 12, day: 26))
        let ten = try #require(KSTTime(hour: 10, minute: 0))
        let status = try await Render.marketStatus(settings: settings, database: nil, at: closed.at(ten))
        #expect(status == .closed(reason: "휴장 (임시 휴장)"))
        #expect(MarketHours.status(at: closed.at(ten)) == .open(session: "정규장"), "hours alone would say open")
        let open = try await Render.marketStatus(settings: settings, database: nil, at: closed.adding(days: -1).at(ten))
        #expect(open == .open(session: "정규장"))
    }
}
