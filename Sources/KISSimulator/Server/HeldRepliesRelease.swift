internal import ServiceLifecycle

/// Opens ``HeldReplies`` when the simulator begins to stop.
///
/// A graceful shutdown waits for the calls in flight, and a held reply would never finish on its own. The service
/// group shuts its services down last to first, so this one (listed last) opens the held replies before any
/// listener starts waiting for its calls.
struct HeldRepliesRelease: Service {
    let replies: HeldReplies

    func run() async {
        try? await gracefulShutdown()
        replies.open()
    }
}
