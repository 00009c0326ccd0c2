import Digest
package import Foundation
import KISAPI
import PortfolioModel

/// The trading password (the seed's 패스워드): a salted PBKDF2-HMAC-SHA256 hash in a 0600 file, with a lockout.
///
/// `<state>/trading_password.json` holds the algorithm, the iteration count, the salt and the derived key, never
/// the password. Five wrong passwords in a row lock trading for 15 minutes (on the injected clock); every
/// refusal is also journaled by the caller.
package struct TradingPassword: Sendable {
    struct Record: Codable {
        var algorithm = "pbkdf2-sha256"
        var iterations: Int
        var salt: String
        var key: String
        var failures = 0
        var lockedUntil: Date?
    }

    /// The state directory.
    package let directory: URL
    /// PBKDF2 iterations for a newly set password (OWASP 2023 for HMAC-SHA256: 600,000).
    package var iterations: Int
    /// Wrong passwords in a row before the lockout.
    package var maxFailures = 5
    /// How long a lockout lasts.
    package var lockout: Duration = .seconds(15 * 60)

    /// Creates the store.
    package init(directory: URL, iterations: Int = 600_000) {
        self.directory = directory
        self.iterations = iterations
    }

    /// The file's path.
    package var path: String { directory.appendingPathComponent("trading_password.json").path }

    /// True when a password has been set.
    package var isSet: Bool { FileManager.default.fileExists(atPath: path) }

    /// Sets (or replaces) the password.
    /// - Throws: ``TradingError`` `.passwordRefused` for a password shorter than 8 characters; `.stateFile`.
    package func set(_ password: String) throws {
        guard password.count >= 8 else {
            throw TradingError(.passwordRefused, "the trading password needs 8 or more characters")
        }
        try stateFile {
            let salt = try PBKDF2.randomBytes(16)
            let key = try PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: iterations)
            try PrivateFile.prepareDirectory(directory)
            try save(Record(iterations: iterations, salt: Self.hex(salt), key: Self.hex(key)))
        }
    }

    /// Checks `password`.
    /// - Throws: ``TradingError`` `.passwordRefused` when none is set, it is wrong, or trading is locked out.
    package func verify(_ password: String, now: Date) throws {
        guard var record = try stateFile({ try load() }) else {
            throw TradingError(.passwordRefused, "no trading password is set: run `kisdash password set` first")
        }
        if let until = record.lockedUntil, until > now {
            throw TradingError(
                .passwordRefused, "too many wrong passwords: trading is locked until \(KST.format(until)) KST")
        }
        let derived = try stateFile {
            try PBKDF2.sha256(
                password: Array(password.utf8), salt: Self.bytes(record.salt), iterations: record.iterations)
        }
        guard PBKDF2.constantTimeEqual(derived, Self.bytes(record.key)) else {
            record.failures += 1
            var message = "wrong trading password (\(record.failures) of \(maxFailures))"
            if record.failures >= maxFailures {
                record.failures = 0
                record.lockedUntil = now.addingTimeInterval(lockout.inSeconds)
                message = "wrong trading password; trading is locked for \(Int(lockout.inSeconds / 60)) minutes"
            }
            try stateFile { try save(record) }
            throw TradingError(.passwordRefused, message)
        }
        if record.failures != 0 || record.lockedUntil != nil {
            record.failures = 0
            record.lockedUntil = nil
            try stateFile { try save(record) }
        }
    }

    private func load() throws -> Record? {
        guard let data = try PrivateFile.read(path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(Record.self, from: data)
    }

    private func save(_ record: Record) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        try PrivateFile.write(try encoder.encode(record), to: path)
    }

    private func stateFile<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TradingError { throw error } catch {
            throw TradingError(.stateFile, "trading password file: \(error)", underlying: error)
        }
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index < hex.endIndex {
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return [] }
            out.append(byte)
            index = next
        }
        return out
    }
}
