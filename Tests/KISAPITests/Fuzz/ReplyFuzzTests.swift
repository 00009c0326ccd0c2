import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Serves mutated KIS answers to the unchanged client and counts what comes out: clean failures (a `KISError`
/// naming the field), harmless changes (a field the product does not use), and wrong-data successes (a changed
/// result that passed every check).
///
/// A crash ends the process (`scripts/fuzz-replies.sh` counts those).
///
/// CI runs `KISDASH_FUZZ_CASES` (default 400) cases of seed `KISDASH_FUZZ_SEED` (default 1) and fails on any
/// error other than `KISError` and on a wrong-data success outside ``undetectable``: the fields no rule can
/// check (a name, an order time, a day's missing minute) — listed, not hidden.
@Suite struct ReplyFuzzTests {
    struct Target: Sendable {
        var fixture: String
        var path: String
        var fetch: @Sendable (KISClient) async throws -> AnyHashable
    }

    static let samsung = StockCode("005930")!
    static let targets: [Target] = [
        Target(fixture: "inquire-balance", path: "inquire-balance") { AnyHashable(try await $0.fetchBalance()) },
        Target(fixture: "inquire-daily-ccld", path: "inquire-daily-ccld") {
            AnyHashable(try await $0.fetchDailyOrders(on: TradeDate("20250715")!))
        },
        Target(fixture: "inquire-psbl-rvsecncl", path: "inquire-psbl-rvsecncl") {
            AnyHashable(try await $0.fetchCancellableOrders())
        },
        Target(fixture: "inquire-daily-itemchartprice", path: "inquire-daily-itemchartprice") {
            AnyHashable(try await $0.fetchDailyBars(samsung, from: TradeDate("20250709")!, to: TradeDate("20250715")!))
        },
        Target(fixture: "inquire-time-itemchartprice", path: "inquire-time-itemchartprice") {
            let answer = try await $0.fetchMinuteBars(samsung, through: KSTTime(hour: 10, minute: 0)!)
            return AnyHashable([AnyHashable(answer.bars), AnyHashable(answer.previousClose)])
        },
        Target(fixture: "inquire-price", path: "inquire-price") { AnyHashable(try await $0.fetchQuote(samsung)) },
    ]

    /// Wrong-data successes no rule can catch, by `operation field`: free text, times of day, fields that only
    /// restate another, and rows whose absence is normal (a minute without trades, a day before a listing).
    static let undetectable: Set<String> = [
        "inquire-balance prdt_name", "inquire-balance thdt_buyqty", "inquire-balance thdt_sll_qty",
        "inquire-balance dnca_tot_amt", "inquire-balance nxdy_excc_amt", "inquire-balance thdt_buy_amt",
        "inquire-balance thdt_sll_amt", "inquire-balance thdt_tlex_amt", "inquire-balance nass_amt",
        "inquire-balance tot_loan_amt", "inquire-balance cma_evlu_amt",
        "inquire-daily-ccld prdt_name", "inquire-daily-ccld ord_tmd", "inquire-daily-ccld ord_gno_brno",
        "inquire-daily-ccld orgn_odno", "inquire-daily-ccld ord_dvsn_cd", "inquire-daily-ccld odno",
        "inquire-daily-ccld ord_unpr", "inquire-daily-ccld rjct_qty", "inquire-daily-ccld cncl_yn",
        "inquire-daily-ccld rmn_qty", "inquire-daily-ccld avg_prvs", "inquire-daily-ccld output1 dropRow",
        "inquire-daily-ccld output1 emptyArray", "inquire-daily-ccld output1 removeArray",
        "inquire-daily-ccld excg_id_dvsn_cd",
        "inquire-psbl-rvsecncl prdt_name", "inquire-psbl-rvsecncl ord_tmd", "inquire-psbl-rvsecncl ord_gno_brno",
        "inquire-psbl-rvsecncl orgn_odno", "inquire-psbl-rvsecncl ord_dvsn_cd", "inquire-psbl-rvsecncl odno",
        "inquire-psbl-rvsecncl ord_unpr", "inquire-psbl-rvsecncl psbl_qty", "inquire-psbl-rvsecncl tot_ccld_qty",
        "inquire-psbl-rvsecncl excg_id_dvsn_cd", "inquire-psbl-rvsecncl output dropRow",
        "inquire-psbl-rvsecncl output emptyArray", "inquire-psbl-rvsecncl output removeArray",
        "inquire-psbl-rvsecncl output duplicateRow",
        "inquire-daily-itemchartprice acml_tr_pbmn", "inquire-daily-itemchartprice acml_vol",
        // Adjusted history is off the price grid after a corporate action: only the OHLC order is checkable.
        "inquire-daily-itemchartprice stck_oprc", "inquire-daily-itemchartprice stck_hgpr",
        "inquire-daily-itemchartprice stck_lwpr", "inquire-daily-itemchartprice stck_clpr",
        // A blank date or time is KIS's blank placeholder row (dropped), and a date moved onto another weekday.
        "inquire-daily-itemchartprice stck_bsop_date", "inquire-time-itemchartprice stck_cntg_hour",
        // Below the checks' 0.01 %p rounding tolerance (KIS sends up to 8 decimals).
        "inquire-balance evlu_pfls_rt", "inquire-price prdy_ctrt", "inquire-balance fltt_rt",
        // An order partly cancelled has any quantity above what is left; codes are identifiers.
        "inquire-psbl-rvsecncl ord_qty", "inquire-psbl-rvsecncl pdno", "inquire-daily-ccld pdno",
        "inquire-balance pdno",
        "inquire-daily-itemchartprice output2 dropRow", "inquire-daily-itemchartprice output2 emptyArray",
        "inquire-daily-itemchartprice output2 removeArray",
        "inquire-time-itemchartprice cntg_vol", "inquire-time-itemchartprice stck_prdy_clpr",
        "inquire-time-itemchartprice output2 dropRow", "inquire-time-itemchartprice output2 emptyArray",
        "inquire-time-itemchartprice output2 removeArray",
        "inquire-price acml_vol",
    ]

    static var caseCount: Int { Int(ProcessInfo.processInfo.environment["KISDASH_FUZZ_CASES"] ?? "") ?? 400 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["KISDASH_FUZZ_SEED"] ?? "") ?? 1 }

    @Test func mutatedRepliesFailCleanlyOrChangeNothingTheDashboardShows() async throws {
        var baselines: [String: AnyHashable] = [:]
        for target in Self.targets {
            let h = try Harness()
            h.transport.script(target.path, try .fixture(target.fixture, trCont: "D"))
            baselines[target.path] = try await target.fetch(h.client())
        }
        var tally = FuzzTally()
        var mutator = ReplyMutator(rng: SeededGenerator(state: Self.seed))
        while tally.cases < Self.caseCount {
            guard let target = mutator.rng.pick(Self.targets) else { break }
            var mutation: ReplyMutator.Mutation?
            let outcome = try edited(target.fixture) { mutation = mutator.mutate(&$0) }
            guard let mutation else { continue }
            let h = try Harness()
            h.transport.script(target.path, outcome)
            do {
                let result = try await target.fetch(h.client())
                tally.success(changed: result != baselines[target.path], target.path, mutation)
            } catch let error as KISError {
                tally.cleanFailure(error)
            } catch {
                tally.unclean.append("\(target.path) \(mutation): \(type(of: error)) \(error)")
            }
        }
        print(tally.report(seed: Self.seed))
        #expect(tally.unclean.isEmpty, "\(tally.unclean)")
        let unexpected = tally.wrongData.keys.filter { !Self.undetectable.contains($0) }.sorted()
        #expect(unexpected.isEmpty, "wrong-data successes: \(unexpected.map { "\($0): \(tally.examples[$0] ?? "")" })")
    }
}
