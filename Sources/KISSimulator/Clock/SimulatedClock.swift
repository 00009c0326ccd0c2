/// The simulator's market clock: a start moment plus a speed, measured against the wall clock.
///
/// Token expiry and the market run on this clock; rate-limit windows and token-issue intervals
/// run on the wall clock, as they do at KIS. Wall instants are ``WallClock/now`` values.
struct SimulatedClock: Sendable {
    private var anchor: KSTTime
    private var anchorWall: Duration
    /// Simulated seconds per wall second (0 = frozen, 1 = real time, 60 = a minute per second).
    private(set) var speed: Double

    init(start: KSTTime, speed: Double, wall: Duration) {
        self.anchor = start
        self.anchorWall = wall
        self.speed = max(0, speed)
    }

    /// The simulated moment at a wall instant.
    func now(at wall: Duration) -> KSTTime {
        guard speed > 0 else { return anchor }
        let elapsed = wall - anchorWall
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return anchor.adding(seconds: seconds * speed)
    }

    /// Jumps to a moment, keeping the speed.
    mutating func set(_ time: KSTTime, at wall: Duration) {
        anchor = time
        anchorWall = wall
    }

    /// Changes the speed from now on without jumping.
    mutating func setSpeed(_ newSpeed: Double, at wall: Duration) {
        anchor = now(at: wall)
        anchorWall = wall
        speed = max(0, newSpeed)
    }
}
