internal import ServiceLifecycle

/// Keeps the real-time feeds in step with a running simulated clock (speed > 0): every 200 ms of
/// wall time the state publishes the fills and minute-bar ticks that the clock has reached.
///
/// A frozen clock changes only through requests and clock control, which publish by themselves.
struct RealTimePulse: Service {
    let state: SimulatorState
    /// Wall time between two publications.
    var period: Duration = .milliseconds(200)

    func run() async {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await state.wall.sleep(for: period)
                await state.publishRealTime()
            }
        }
    }
}
