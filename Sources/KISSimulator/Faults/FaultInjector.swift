/// Decides, call by call, which fault (if any) a request or WebSocket record meets.
///
/// Deterministic for a given plan.
struct FaultInjector: Sendable {
    /// A call as the injector sees it.
    struct Call {
        var side: SimulatorSide
        var path: String
        var trID: String
        var isContinuation: Bool
        var isPaginated: Bool
    }

    private(set) var plan: FaultPlan
    private var ordinals: [Int]
    private var fired: [Int]
    private var burstLeft: [Int]

    init(plan: FaultPlan) {
        self.plan = plan
        ordinals = Array(repeating: 0, count: plan.rules.count)
        fired = Array(repeating: 0, count: plan.rules.count)
        burstLeft = Array(repeating: 0, count: plan.rules.count)
    }

    /// The faults that fire for this call, in rule order (at most one per kind).
    mutating func faults(for call: Call) -> [FaultRule] {
        var result: [FaultRule] = []
        for (index, rule) in plan.rules.enumerated() where !rule.kind.isWebSocket && matches(rule, call) {
            if rule.kind == .dataChanged && !(call.isContinuation && call.isPaginated) { continue }
            ordinals[index] += 1
            if burstLeft[index] > 0 {
                burstLeft[index] -= 1
                result.append(rule)
                continue
            }
            guard shouldFire(rule, index: index, ordinal: ordinals[index]) else { continue }
            fired[index] += 1
            if rule.kind == .rateLimitBurst { burstLeft[index] = max(0, (rule.burst ?? 1) - 1) }
            if !result.contains(where: { $0.kind == rule.kind }) { result.append(rule) }
        }
        return result
    }

    /// The `ws…` faults that fire for one WebSocket record (`isSubscribe` false) or one
    /// subscribe/unsubscribe message (`true`, only `wsApprovalRefused`), in rule order.
    mutating func webSocketFaults(side: SimulatorSide, trID: String, isSubscribe: Bool) -> [FaultRule] {
        var result: [FaultRule] = []
        for (index, rule) in plan.rules.enumerated() where rule.kind.isWebSocket {
            guard (rule.kind == .wsApprovalRefused) == isSubscribe, rule.side == nil || rule.side == side,
                ["*", "", "ws", trID].contains(rule.route)
            else { continue }
            ordinals[index] += 1
            guard shouldFire(rule, index: index, ordinal: ordinals[index]) else { continue }
            fired[index] += 1
            if !result.contains(where: { $0.kind == rule.kind }) { result.append(rule) }
        }
        return result
    }

    private func matches(_ rule: FaultRule, _ call: Call) -> Bool {
        if let side = rule.side, side != call.side { return false }
        let route = rule.route
        if route == "*" || route.isEmpty { return true }
        if route == call.trID { return true }
        if route == call.path { return true }
        return call.path.split(separator: "/").last.map(String.init) == route
    }

    private func shouldFire(_ rule: FaultRule, index: Int, ordinal: Int) -> Bool {
        if let limit = rule.limit, fired[index] >= limit { return false }
        let scheduled = rule.calls != nil || rule.every != nil || rule.rate != nil
        if !scheduled { return true }
        if let calls = rule.calls, calls.contains(ordinal) { return true }
        if let every = rule.every, every > 0, ordinal % every == 0 { return true }
        if let rate = rule.rate {
            return Noise.uniform([plan.seed ?? 1, UInt64(index), UInt64(ordinal)]) < rate
        }
        return false
    }
}
