package import Foundation

/// The recorded KIS example bodies in `Fixtures/` (copies of `kis-api/examples`).
package enum SimulatorFixtures {
    /// Names of the REST example files (without `.json`).
    package static let restExamples = [
        "chk-holiday", "inquire-asking-price-exp-ccn", "inquire-balance", "inquire-daily-ccld",
        "inquire-daily-itemchartprice", "inquire-price", "inquire-psbl-order", "inquire-psbl-rvsecncl",
        "inquire-time-itemchartprice", "oauth2_Approval", "oauth2_revokeP", "oauth2_tokenP", "order-cash",
        "order-cash_paper", "order-rvsecncl", "order-rvsecncl_paper", "uapi_hashkey",
        "error_rate_limit_EGW00201", "error_token_expired_EGW00123", "error_token_invalid_EGW00121",
        "error_tokenP_too_frequent_EGW00133",
    ]

    /// The bytes of `Fixtures/<name>.json`.
    ///
    /// - Throws: `CocoaError(.fileNoSuchFile)` when there is no such fixture.
    package static func data(_ name: String) throws -> Data {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")
                ?? Bundle.module.url(forResource: name, withExtension: "json")
        else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: url)
    }
}
