import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Trading

/// `kisdash pending`: the order waiting for its code (never the code itself).
struct PendingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pending", abstract: "Show the order waiting for confirmation, and when its code expires.")
    @Flag(help: "Print JSON instead of text.") var json = false
    @OptionGroup(title: "KIS account") var kis: KISOptions

    func run() async throws {
        do {
            let configuration = try kis.load()
            guard let pending = try PendingOrderFile(directory: configuration.stateDirectory).peek() else {
                print(json ? "{\"pending\": null, \"schema\": 1}" : "no pending order")
                return
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(pending.action), as: UTF8.self))
            } else {
                print(
                    "pending \(pending.mode.koreanLabel) order, expires \(KST.format(pending.expiresAt)) KST, "
                        + "\(pending.wrongAttempts) wrong code(s) so far")
            }
        } catch { throw Console.fail(error) }
    }
}

/// `kisdash password set`: the trading password, as a salted PBKDF2 hash in a 0600 file.
struct PasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Manage the trading password (패스워드) that real-mode commands ask for.",
        subcommands: [Set.self])

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set or replace the trading password (read without echo, typed twice; or from "
                + "KISDASH_TRADING_PASSWORD_FILE / KISDASH_TRADING_PASSWORD).")
        @OptionGroup(title: "KIS account") var kis: KISOptions

        func run() async throws {
            do {
                let configuration = try kis.load()
                let environment = ProcessInfo.processInfo.environment
                let iterations = TradingContext.passwordIterations(environment)
                let store = TradingPassword(directory: configuration.stateDirectory, iterations: iterations)
                let password: String
                if environment["KISDASH_TRADING_PASSWORD_FILE"] != nil || environment["KISDASH_TRADING_PASSWORD"] != nil
                {
                    password = try PasswordSource.fromEnvironment(environment) ?? ""
                } else {
                    guard let first = Terminal.readSecret(prompt: "new trading password: "),
                        let second = Terminal.readSecret(prompt: "again: ")
                    else { throw CLIError.configuration("no password was typed") }
                    guard first == second else { throw CLIError.configuration("the two passwords differ") }
                    password = first
                }
                try store.set(password)
                print("trading password set (\(store.path), mode 0600, PBKDF2-SHA256 × \(iterations))")
            } catch let error as TradingError {
                throw Console.fail(CLIError.failed(error.description))
            } catch { throw Console.fail(error) }
        }
    }
}
