import Foundation

/// Makes folders read-only in a way that holds even for root (tests run as root in CI containers).
enum Folders {
    static let isRoot = getuid() == 0

    /// chmod 0555, plus `chattr +i` when root (root ignores permission bits).
    static func makeReadOnly(_ url: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
        if isRoot { try run(["chattr", "+i", url.path]) }
    }

    /// Undoes ``makeReadOnly(_:)`` so the temporary directory can be removed.
    static func makeWritable(_ url: URL) {
        if isRoot { try? run(["chattr", "-i", url.path]) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: arguments.joined(separator: " ")])
        }
    }

    /// The repository root (for the committed files and the built binaries).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()
}
