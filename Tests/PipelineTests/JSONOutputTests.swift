import Foundation
import KISDashTestSupport
import KISSimulator
import Testing

@testable import Pipeline

/// `--json` documents (docs/json.md), `--version` and typo'd commands, with the built binary.
@Suite(.requiresDatabase, .enabled(if: FileManager.default.fileExists(atPath: KisdashProcess.binary.path)))
struct JSONOutputTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    private func isKSTInstant(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.hasSuffix("+09:00") && ISO8601DateFormatter().date(from: text) != nil
    }

    @Test func everyJSONDocumentHasItsSchemaValuesAndNulls() async throws {
        try await withTemporaryDirectory { dir in
            try await KisdashProcess.withDatabase { url in
                try await withSimulator(now: "2025-12-04T10:30:00+09:00") { sim in
                    let settings = dir.appendingPathComponent("kisdash.toml")
                    try Data("[render]\noutput_path = \"\(dir.path)/Kis_Dashboard.pdf\"\n".utf8).write(to: settings)
                    let kisdash = try KisdashProcess(
                        sim: sim, databaseURL: url, settings: settings, state: dir.appendingPathComponent("state"),
                        now: "2025-12-04T10:30:00+09:00")
                    _ = try await kisdash.capture(["migrate"])
                    let before = try object(try await kisdash.capture(["status", "--json"]).stdout)
                    #expect(before["schema"] as? Int == 1 && before["command"] as? String == "status")
                    #expect(before["dataAsOf"] is NSNull && before["dataAgeMinutes"] is NSNull)
                    #expect(isKSTInstant(before["now"]))
                    #expect((before["market"] as? [String: Any])?["open"] as? Bool == true)
                    let sync = try object(try await kisdash.capture(["sync", "--json"]).stdout)
                    #expect(sync["outcome"] as? String == "success" && sync["error"] is NSNull)
                    #expect((sync["apiCalls"] as? Int ?? 0) > 0 && sync["kind"] as? String == "full")
                    let run = try object(try await kisdash.capture(["run", "--json"]).stdout)
                    #expect(run["command"] as? String == "run" && run["outcome"] as? String == "success")
                    let stages = run["stages"] as? [[String: Any]] ?? []
                    #expect(stages.map { $0["name"] as? String }.contains("render"))
                    #expect(run["signal"] is NSNull)
                    try expectEveryStreamCompressed(dir.appendingPathComponent("Kis_Dashboard.pdf"))
                    let after = try object(try await kisdash.capture(["status", "--json"]).stdout)
                    #expect(isKSTInstant(after["dataAsOf"]))
                    let cycles = after["cycles"] as? [[String: Any]] ?? []
                    #expect(
                        cycles.first?["outcome"] as? String == "success" && isKSTInstant(cycles.first?["startedAt"]))
                    let doctor = try await kisdash.capture(["doctor", "--json"])
                    let checks = (try object(doctor.stdout)["checks"] as? [[String: Any]]) ?? []
                    #expect(
                        checks.contains { $0["name"] as? String == "credentials" && $0["level"] as? String == "ok" })
                    #expect(Set(checks.compactMap { $0["level"] as? String }).isSubset(of: ["ok", "warn", "fail"]))
                    let config = try object(try await kisdash.capture(["config", "check", "--json"]).stdout)
                    #expect(config["ok"] as? Bool == true && (config["problems"] as? [Any])?.isEmpty == true)
                }
            }
        }
    }

    /// The binary has Cairo leave page contents uncompressed and compresses them itself (PDFSurface's
    /// `compressPagesOnBothCores`): every stream of the published PDF must still be compressed, but for the two
    /// tiny `q` / `Q … Do` streams around each overlaid page.
    private func expectEveryStreamCompressed(_ pdf: URL) throws {
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let streams = text.components(separatedBy: "endobj").compactMap { object -> String? in
            guard let open = object.range(of: " 0 obj\n"), let data = object.range(of: ">>\nstream\n") else {
                return nil
            }
            return String(object[open.upperBound..<data.lowerBound]) + ">>"
        }
        #expect(streams.count > 4)
        let bare = streams.filter { !$0.contains("/Filter /FlateDecode") }
        #expect(bare.allSatisfy { $0 == "<< /Length 2 >>" || $0 == "<< /Length 16 >>" }, "\(bare)")
    }

    @Test func versionAndTypos() async throws {
        try await withTemporaryDirectory { dir in
            try await withSimulator { sim in
                let kisdash = try KisdashProcess(
                    sim: sim, databaseURL: "postgresql://127.0.0.1:1/none",
                    settings: dir.appendingPathComponent("none.toml"),
                    state: dir, now: "2025-12-04T10:30:00+09:00")
                let version = try await kisdash.capture(["--version"])
                #expect(version.stdout.hasPrefix("kisdash ") && version.stdout.contains("(commit "))
                let typo = try await kisdash.capture(["synk"])
                #expect(typo.status == 64)
                #expect(typo.stderr.contains("did you mean `kisdash sync`?"))
            }
        }
    }

    @Test(arguments: [
        (
            "rsync: [sender] change_dir \"/x\" failed: No such file or directory (2)\nrsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]",
            "rsync: [sender] change_dir \"/x\" failed: No such file or directory (2)"
        ),
        (
            "\n\nssh: connect to host nas port 22: Connection refused\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\n",
            "ssh: connect to host nas port 22: Connection refused"
        ),
        ("", "no output"),
    ])
    func rsyncsCauseIsItsFirstLineNotItsSummary(output: String, cause: String) {
        #expect(DestinationPublisher.cause(of: output) == cause)
    }
}
