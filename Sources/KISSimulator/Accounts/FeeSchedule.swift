/// Commission and sell-side tax (peers.md §3.4).
enum FeeSchedule {
    /// Online commission, 0.015 % of the traded amount, truncated to the won.
    static func commission(_ amount: Int) -> Int { amount * 15 / 100_000 }

    /// 증권거래세 + 농특세 on sells: 0.15 % in 2025, 0.20 % from 2026.
    static func sellTax(_ amount: Int, on date: KSTDate) -> Int {
        date.year >= 2026 ? amount * 20 / 10_000 : amount * 15 / 10_000
    }

    /// Commission plus, for sells, tax.
    static func costs(of fill: Fill, side: OrderSide) -> Int {
        commission(fill.amount) + (side == .sell ? sellTax(fill.amount, on: fill.date) : 0)
    }
}
