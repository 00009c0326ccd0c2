/// The costs the sync attaches to each filled order: brokerage commission and the sell-side transaction tax.
///
/// KIS's daily order inquiry does not itemise costs per order (the balance's `thdt_tlex_amt` gives only the
/// day's total), so they are computed here. The tax is the 증권거래세 + 농어촌특별세 for KOSPI/KOSDAQ at the rate
/// of the trade date's year (research/peers.md §3.4): 0.20 % through 2023, 0.18 % in 2024, 0.15 % in 2025,
/// 0.20 % from 2026. Amounts are truncated to whole won, as brokers do.
package struct FeeSchedule: Sendable, Equatable {
    /// Commission in millionths of the traded amount (0.015 % = 150).
    package var commissionPerMillion: Int64

    /// Creates a schedule; the default is KIS's common online rate of 0.015 %.
    package init(commissionPerMillion: Int64 = 150) {
        self.commissionPerMillion = commissionPerMillion
    }

    /// The sell tax rate for a trade date, in millionths.
    package static func sellTaxPerMillion(on date: TradeDate) -> Int64 {
        switch date.year {
        case ...2023: return 2_000
        case 2024: return 1_800
        case 2025: return 1_500
        default: return 2_000
        }
    }

    /// The execution of an order's filled part, with its commission and tax.
    package func execution(for order: DailyOrder) -> Execution {
        let amount = order.filledAmount.won
        let commission = amount * commissionPerMillion / 1_000_000
        let tax = order.side == .sell ? amount * FeeSchedule.sellTaxPerMillion(on: order.orderDate) / 1_000_000 : 0
        return Execution(order: order, commission: KRW(commission), tax: KRW(tax))
    }
}
