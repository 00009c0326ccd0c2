import ArgumentParser
import Foundation

/// The one place errors become output and exit codes.
enum Diagnostics {
    /// A progress line on stderr (stdout stays for results).
    static func progress(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data("kisdash: \(line)\n".utf8))
    }

    /// Prints one line for `error` on stderr and returns the exit code to end with.
    static func fail(_ error: any Error, hint: String? = nil) -> ExitCode {
        let (line, code): (String, ExitCode)
        switch error {
        case let e as CLIError: (line, code) = (e.description, e.exitCode)
        default: (line, code) = (String(describing: error), .failure)
        }
        let first = line.split(separator: "\n").first.map(String.init) ?? line
        try? FileHandle.standardError.write(
            contentsOf: Data("kisdash: error: \(first)\(hint.map { " — \($0)" } ?? "")\n".utf8))
        return code
    }
}
