import ArgumentParser
import Foundation
import KISAPI
import LibPQ
import Storage
import Sync

/// The one place errors become output and exit codes: `kisdash: error: <what failed> — <what to do>`.
enum Console {
    /// A progress line on stderr (stdout stays for results).
    static func progress(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data("kisdash: \(line)\n".utf8))
    }

    /// Prints one line for `error` on stderr and returns the exit code to end with.
    /// - Parameters:
    ///   - error: What failed.
    ///   - hint: What to do; without one, the hint that fits the error (``hint(for:)``).
    /// - Returns: The exit code (64 for a configuration error, 1 otherwise; an `ExitCode` passes through).
    static func fail(_ error: any Error, hint: String? = nil) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        let (line, code): (String, ExitCode)
        switch error {
        case let e as CLIError: (line, code) = (e.description, e.exitCode)
        default: (line, code) = (String(describing: error), .failure)
        }
        let first = line.split(separator: "\n").first.map(String.init) ?? line
        let advice = hint ?? Self.hint(for: error)
        try? FileHandle.standardError.write(
            contentsOf: Data("kisdash: error: \(first)\(advice.map { " — \($0)" } ?? "")\n".utf8))
        return code
    }

    /// The advice that fits `error`, or `nil`.
    static func hint(for error: any Error) -> String? {
        switch error {
        case let e as SyncError: return e.underlying.flatMap(hint(for:))
        case let e as PGError: return hint(for: e.code)
        case let e as StorageError:
            guard case .database(let pg) = e.code else {
                return e.code == .unknownMigration ? "this database was migrated by a newer kisdash" : nil
            }
            return hint(for: pg)
        case let e as KISError:
            switch e.code {
            case .rateLimited: return "KIS rate limit did not clear; the next scheduled run retries"
            case .tokenExpired, .tokenInvalid, .tokenIssueTooFrequent:
                return "KIS token problem; wait a minute and run again"
            case .invalidAppKey, .configuration: return "check KIS_APP_KEY / KIS_APP_SECRET / KIS_MODE"
            case .timeout, .transport, .serverUnavailable: return "KIS unreachable or failing; retry later"
            case .malformedResponse, .invalidField, .inconsistentReply:
                return "KIS sent a reply that cannot be right; nothing was stored"
            default: return nil
            }
        default: return nil
        }
    }

    /// The advice for a database failure.
    static func hint(for code: PGError.Code) -> String? {
        switch code {
        case .connectionFailed:
            return "is PostgreSQL running and the URL right? (`kisdash doctor`\(inCheckout ? "; make db-url" : ""))"
        case .connectionLost: return "the database went away; nothing was half-written, run again"
        case .undefinedTable: return "the schema is missing: run `kisdash migrate`"
        case .diskFull: return "the database's disk is full"
        case .insufficientPrivilege: return "the database user may not do this"
        case .invalidArgument: return "check [database] url / DATABASE_URL (postgresql://user@host:port/db)"
        default: return nil
        }
    }

    /// Whether the working directory is the project checkout (where `make` targets exist).
    static var inCheckout: Bool {
        FileManager.default.fileExists(atPath: "Makefile") && FileManager.default.fileExists(atPath: "scripts/pg.sh")
    }
}
