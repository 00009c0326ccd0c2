import Foundation

/// Runs a command-line tool (poppler's pdfinfo, pdffonts, pdftotext) and returns its standard output.
enum Tool {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ name: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(name) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
