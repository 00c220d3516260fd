// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Workplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "workplan", targets: ["workplan"]),
        .library(name: "WorkplanCore", targets: ["WorkplanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "WorkplanCore",
            dependencies: [
                "CSystemCalls",
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "CSystemCalls"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "Terminal",
            dependencies: ["CNcursesw"]
        ),
        .target(
            name: "WorkplanTUI",
            dependencies: ["WorkplanCore", "Terminal"]
        ),
        .executableTarget(
            name: "workplan",
            dependencies: [
                "WorkplanCore",
                "WorkplanTUI",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "PlanInvariants",
            dependencies: ["WorkplanCore"]
        ),
        .executableTarget(
            name: "workplan-fuzz",
            dependencies: ["PlanInvariants", "WorkplanCore"]
        ),
        .executableTarget(
            name: "workplan-bench",
            dependencies: ["WorkplanCore", "WorkplanTUI", "Terminal"]
        ),
        .testTarget(
            name: "WorkplanCoreTests",
            dependencies: [
                "WorkplanCore",
                "PlanInvariants",
                "CSystemCalls",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures"), .copy("FuzzCorpus")]
        ),
        .testTarget(
            name: "workplanTests",
            dependencies: ["workplan", "WorkplanCore"],
            resources: [.copy("Transcripts")]
        ),
        .testTarget(
            name: "TerminalTests",
            dependencies: ["Terminal"]
        ),
        .testTarget(
            name: "WorkplanTUITests",
            dependencies: ["WorkplanTUI", "Terminal", "WorkplanCore"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["workplan", "WorkplanCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
