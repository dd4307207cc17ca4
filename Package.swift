// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jiefang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jiefang", targets: ["jiefang"]),
        .executable(name: "jiefang-bench", targets: ["jiefang-bench"]),
        .library(name: "CampaignSpec", targets: ["CampaignSpec"]),
        .library(name: "DutyPlanner", targets: ["DutyPlanner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // The campaign file: model, YAML/CSV loading, validation, the duty calendar.
        .target(name: "CampaignSpec", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The roster planner: pure, no I/O.
        .target(name: "DutyPlanner", dependencies: ["CampaignSpec"]),
        // The default templates, compiled in so a copied binary still has them.
        .target(name: "BundledTemplates"),
        // libxml2, from Debian's libxml2-dev.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // schedule.xml: written and checked against its XSD with libxml2.
        .target(name: "ScheduleXML", dependencies: ["CampaignSpec", "CLibXML2"]),
        // Replaces an output folder whole or not at all.
        .target(name: "OutputFolder"),
        // Prints pages to PDF in headless Chromium.
        .target(name: "PDFPrinting"),
        // Plain views of a plan, and of what it changed against the previous schedule.xml,
        // for the terminal and templates.
        .target(name: "PlanReport", dependencies: ["CampaignSpec", "DutyPlanner", "ScheduleXML"]),
        // Everything a build writes: checked Mustache templates, views, calendars, schedule.xml.
        .target(
            name: "Rendering",
            dependencies: [
                "CampaignSpec", "DutyPlanner", "PlanReport", "ScheduleXML", "BundledTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "jiefang",
            dependencies: [
                "CampaignSpec", "DutyPlanner", "PlanReport", "BundledTemplates", "Rendering", "OutputFolder", "ScheduleXML",
                "PDFPrinting", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Seeded synthetic campaigns for property tests and the benchmark.
        .target(name: "CampaignGenerator", dependencies: ["CampaignSpec"]),
        // On-demand benchmark (release build), never part of `swift test`.
        .executableTarget(
            name: "jiefang-bench",
            dependencies: ["CampaignSpec", "DutyPlanner", "CampaignGenerator", "PlanReport", "Rendering", "OutputFolder", "ScheduleXML"]
        ),
        .testTarget(name: "CampaignSpecTests", dependencies: ["CampaignSpec"]),
        .testTarget(name: "DutyPlannerTests", dependencies: ["CampaignSpec", "DutyPlanner", "CampaignGenerator"]),
        .testTarget(name: "CLITests", dependencies: ["CampaignSpec", "BundledTemplates", "CLibXML2", "CampaignGenerator"],
                    exclude: ["Golden"]),
        .testTarget(name: "PDFPrintingTests", dependencies: ["PDFPrinting"]),
        .testTarget(name: "RenderingTests", dependencies: ["CampaignSpec", "Rendering", "OutputFolder", "ScheduleXML", "BundledTemplates"]),
    ]
)
