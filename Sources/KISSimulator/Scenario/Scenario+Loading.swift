package import Foundation

extension Scenario {
    /// A scenario shipped in the module's `Scenarios/` folder (`default`).
    ///
    /// - Throws: ``SimulatorError`` when it is missing or invalid.
    package static func builtIn(_ name: String = "default") throws -> Scenario {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Scenarios")
                ?? Bundle.module.url(forResource: name, withExtension: "json")
        else { throw SimulatorError(.scenarioNotFound, "no built-in scenario named \(name)") }
        return try load(contentsOf: url)
    }

    /// A scenario from a JSON file, or the built-in one when `path` is `default`.
    ///
    /// - Throws: ``SimulatorError`` when the file is missing or invalid.
    package static func load(path: String) throws -> Scenario {
        if path == "default" { return try builtIn() }
        return try load(contentsOf: URL(fileURLWithPath: path))
    }

    /// A scenario from JSON at `url`.
    ///
    /// - Throws: ``SimulatorError`` when the file is missing or invalid.
    package static func load(contentsOf url: URL) throws -> Scenario {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SimulatorError(.scenarioNotFound, "cannot read \(url.path)")
        }
        return try decode(data, source: url.lastPathComponent)
    }

    /// A scenario from JSON bytes.
    ///
    /// - Throws: ``SimulatorError/Code/invalidScenario`` with the decoding problem.
    package static func decode(_ data: Data, source: String = "scenario") throws -> Scenario {
        do {
            let scenario = try JSONDecoder().decode(Scenario.self, from: data)
            try scenario.validate()
            return scenario
        } catch let error as SimulatorError {
            throw error
        } catch {
            throw SimulatorError(.invalidScenario, "\(source): \(error)")
        }
    }

    /// Checks what the decoder cannot: the clock, account numbers, stock references, prices.
    ///
    /// - Throws: ``SimulatorError/Code/invalidScenario``.
    package func validate() throws {
        guard KSTTime(parsing: clock.now) != nil else {
            throw SimulatorError(.invalidScenario, "clock.now \(clock.now) is not ISO 8601")
        }
        let codes = Set(stocks.map(\.code))
        for stock in stocks where stock.basePrice <= 0 {
            throw SimulatorError(.invalidScenario, "stock \(stock.code) has no positive basePrice")
        }
        for account in accounts {
            guard account.cano.count == 8, account.cano.allSatisfy(\.isNumber), account.productCode.count == 2 else {
                throw SimulatorError(
                    .invalidScenario, "account \(account.account) is not CANO-ACNT_PRDT_CD (8-2 digits)")
            }
            for code in account.holdings.map(\.code) + (account.orders ?? []).map(\.code) where !codes.contains(code) {
                throw SimulatorError(.invalidScenario, "account \(account.account) refers to unknown stock \(code)")
            }
        }
    }
}
