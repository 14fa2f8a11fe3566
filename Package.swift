// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "passform",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "passform", targets: ["passform"]),
        .library(name: "PassformCore", targets: ["PassformCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure domain: requirement model, text repair, parsers of text, scoring, planning. Foundation only.
        .target(name: "PassformCore", resources: [.copy("Vocabulary/Data")]),
        // The system's libxml2 (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // A small, safe wrapper of libxml2: no network, no entity expansion, no DTD loading.
        .target(name: "PassformXML", dependencies: ["CLibXML2"]),
        // The system's zlib (Debian: zlib1g-dev), to inflate the parts of DOCX and ODT files.
        .systemLibrary(name: "CLibZ", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // File formats around Core: YAML profiles and plans, DOCX/ODT, PDF, HTML, Europass XML.
        .target(name: "PassformFormats", dependencies: [
            "PassformCore", "PassformXML", "CLibZ",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The candidate register in SQLite (the system's libsqlite3). The only target that imports GRDB.
        .target(name: "PassformStorage", dependencies: [
            "PassformCore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // ArgumentParser commands and terminal output. A library, so it is testable.
        .target(name: "PassformCLI", dependencies: [
            "PassformCore", "PassformFormats", "PassformStorage",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Rainbow", package: "Rainbow"),
        ]),
        // On Linux the command allocates through tcmalloc (Debian: libgoogle-perftools-dev): screening 20,000 CVs
        // on every core makes millions of small allocations, which glibc's allocator serves about 6 % slower.
        .executableTarget(
            name: "passform",
            dependencies: ["PassformCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))]),
        // Fixtures and builders shared by the test targets.
        .target(name: "PassformTestSupport", dependencies: ["PassformCore"],
                path: "Tests/PassformTestSupport", resources: [.copy("Fixtures")]),
        .testTarget(name: "PassformCoreTests", dependencies: ["PassformCore", "PassformTestSupport"]),
        .testTarget(name: "PassformFormatsTests", dependencies: ["PassformFormats", "PassformXML", "PassformTestSupport"]),
        .testTarget(name: "PassformStorageTests", dependencies: [
            "PassformStorage", "PassformTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "PassformCLITests", dependencies: ["PassformCLI", "passform", "PassformTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
