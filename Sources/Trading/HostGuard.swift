import Foundation
import KISAPI
import PortfolioModel

/// A paper key never reaches the real host, and a real key never the paper host (checked before any call).
enum HostGuard {
    static func check(_ configuration: KISConfiguration) throws {
        let host = configuration.baseURL.host?.lowercased() ?? ""
        let other = configuration.mode == .paper ? KISConfiguration.realBaseURL : KISConfiguration.paperBaseURL
        guard host != other.host?.lowercased() else {
            throw TradingError(
                .wrongHost,
                "a \(configuration.mode.koreanLabel) account may not use \(host): that is the "
                    + "\(configuration.mode == .paper ? "실전" : "모의") KIS host (check KIS_MODE and KIS_BASE_URL)")
        }
    }
}
