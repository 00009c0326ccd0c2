import Foundation
import PortfolioModel
import Testing

/// The owner-only check and the back-off formula that several modules share.
@Suite struct FilesAndBackoffTests {
    @Test func ownerOnlyCheckReadsTheModeOfTheFileALinkNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("owner-only-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secrets.env").path
        #expect(OwnerOnlyFile.status(file) == .missing)
        #expect(FileManager.default.createFile(atPath: file, contents: Data("KIS_APP_KEY=k\n".utf8)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        #expect(OwnerOnlyFile.status(file) == .ownerOnly)
        let link = folder.appendingPathComponent("link.env").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(OwnerOnlyFile.status(link) == .ownerOnly, "a link is judged by the file it names")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        #expect(
            OwnerOnlyFile.status(file) == .exposed(mode: 0o640) && OwnerOnlyFile.status(link) == .exposed(mode: 0o640))
        #expect(OwnerOnlyFile.octal(0o640) == "0640" && OwnerOnlyFile.octal(0o4755) == "4755")
    }

    @Test func backoffGrowsToItsCapWithItsShareOfJitter() {
        let plain = Backoff(initial: .seconds(2), maximum: .seconds(10), jitter: 0)
        #expect((0..<5).map { plain.delay(afterFailures: $0, random: 0.9) } == [2, 4, 8, 10, 10].map(Duration.seconds))
        let half = Backoff(initial: .milliseconds(500), maximum: .seconds(8), jitter: 0.5)
        #expect(half.delay(afterFailures: 0, random: 0) == .milliseconds(250))
        #expect(half.delay(afterFailures: 10, random: 1) == .seconds(8))
        #expect(half.delay(afterFailures: Int.max, random: .nan) == .seconds(6))
        #expect(Backoff(initial: .zero, maximum: .zero, jitter: 0.5).delay(afterFailures: 3, random: 1) == .zero)
    }
}
