// swift-tools-version:6.2
import PackageDescription

/// One settings array for every target (house style rule 1).
let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
]

let package = Package(
    name: "kis-dashboard",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kisdash", targets: ["kisdash"]),
        .executable(name: "kis-simulator", targets: ["kis-simulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        // Already in the graph through Hummingbird; named so the simulator can import them.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        // C shims
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Wrappers and shared values
        .target(
            name: "LibPQ",
            dependencies: ["CLibPQ", .product(name: "Logging", package: "swift-log")],
            swiftSettings: settings
        ),
        // The values every module speaks, and the few mechanisms several share (the one TOML reader among them).
        .target(
            name: "PortfolioModel", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: settings),
        .target(name: "Canvas", dependencies: ["CPangoCairo", "CZlib"], swiftSettings: settings),
        .target(name: "Digest", dependencies: ["CLibCrypto"], swiftSettings: settings),
        .target(
            name: "HTTPTransport",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            swiftSettings: settings
        ),

        // Domain
        .target(
            name: "KISAPI",
            dependencies: [
                "HTTPTransport", "PortfolioModel", "Digest", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: settings
        ),
        .target(
            name: "Storage",
            dependencies: ["LibPQ", "PortfolioModel"],
            resources: [.copy("Migrations")],
            swiftSettings: settings
        ),
        .target(
            name: "Sync",
            dependencies: ["KISAPI", "Storage", "PortfolioModel"],
            swiftSettings: settings
        ),
        .target(
            name: "Diagnosis",
            dependencies: [
                "PortfolioModel", "Storage", "HTTPTransport", "Digest",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: settings
        ),

        // The dashboard: a pure layout, and the shell that loads data and draws it
        .target(
            name: "Dashboard",
            dependencies: ["PortfolioModel"],
            swiftSettings: settings
        ),
        .target(
            name: "Reporting",
            dependencies: ["Dashboard", "Canvas", "Storage", "PortfolioModel"],
            swiftSettings: settings
        ),
        // Order placement: the only module with the order TRs, the guards and the pending order.
        .target(
            name: "Trading",
            dependencies: ["KISAPI", "Storage", "PortfolioModel", "Digest"],
            swiftSettings: settings
        ),
        // The live execution feed: the WebSocket session around the pure `Feed` core. Only target with the WS client.
        .target(
            name: "FeedLive",
            dependencies: [
                "Feed", "Storage", "PortfolioModel", .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ],
            swiftSettings: settings
        ),
        // The settings file (kisdash.toml): plain typed values for every section.
        .target(
            name: "Settings",
            dependencies: ["PortfolioModel"],
            swiftSettings: settings
        ),
        // The scheduled cycle: market clock, lock, stages, publishing, end-of-day archive.
        .target(
            name: "Pipeline",
            dependencies: ["Settings", "Storage", "Sync", "PortfolioModel"],
            swiftSettings: settings
        ),

        // The real-time execution feed's pure core: frames, AES payloads, notices, subscriptions, back-off.
        // No WebSocket library and no storage here; the network loop wraps this core.
        .target(name: "Feed", dependencies: ["PortfolioModel", "Digest"], swiftSettings: settings),

        // Command line
        .target(
            name: "KISDashCLI",
            dependencies: [
                "Sync", "Storage", "LibPQ", "KISAPI", "HTTPTransport", "PortfolioModel", "Diagnosis", "Reporting",
                "Dashboard", "Canvas", "Settings", "Pipeline", "Trading", "Feed", "FeedLive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: settings
        ),
        .executableTarget(name: "kisdash", dependencies: ["KISDashCLI"], swiftSettings: settings),

        // Simulator: its own executable, never linked into kisdash.
        .target(
            name: "KISSimulator",
            dependencies: [
                "Digest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Scenarios")],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "kis-simulator",
            dependencies: ["KISSimulator", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: settings
        ),

        // Test support: never a dependency of a product target.
        .target(
            name: "KISDashTestSupport",
            dependencies: [
                "KISSimulator", "LibPQ", "PortfolioModel", "HTTPTransport", "Dashboard",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),

        .testTarget(name: "PortfolioModelTests", dependencies: ["PortfolioModel"], swiftSettings: settings),
        .testTarget(
            name: "LibPQTests",
            dependencies: ["LibPQ", "KISDashTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "KISAPITests",
            dependencies: [
                "KISAPI", "HTTPTransport", "PortfolioModel", "Digest", "KISDashTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "LibPQ", "PortfolioModel", "KISDashTestSupport"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "SyncTests",
            dependencies: [
                "Sync", "KISAPI", "Storage", "LibPQ", "PortfolioModel", "HTTPTransport", "KISSimulator",
                "KISDashTestSupport",
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "KISSimulatorTests",
            dependencies: [
                "KISSimulator", "KISDashTestSupport", "Digest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "DashboardTests", dependencies: ["Dashboard", "PortfolioModel", "KISDashTestSupport"],
            swiftSettings: settings),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "Dashboard", "Canvas", "Storage", "LibPQ", "PortfolioModel", "KISDashTestSupport",
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "DiagnosisTests",
            dependencies: [
                "Diagnosis", "Storage", "LibPQ", "PortfolioModel", "HTTPTransport", "KISDashTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "KISDashCLITests",
            dependencies: [
                "KISDashCLI", "KISDashTestSupport", "KISAPI", "PortfolioModel", "Storage", "Diagnosis", "KISSimulator",
                "Dashboard", "Reporting", "Settings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "TradingTests",
            dependencies: [
                "Trading", "KISAPI", "Storage", "LibPQ", "PortfolioModel", "HTTPTransport", "KISSimulator",
                "KISDashTestSupport", "KISDashCLI", "Feed", "FeedLive", "Sync",
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "FeedTests",
            dependencies: [
                "Feed", "Digest", "PortfolioModel", "KISAPI", "HTTPTransport", "KISDashTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Settings", "KISDashCLI", "KISDashTestSupport", "LibPQ", "KISAPI", "HTTPTransport",
                "PortfolioModel", "Diagnosis", "Dashboard",
                "Storage", "Sync", "KISSimulator", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
    ]
)
