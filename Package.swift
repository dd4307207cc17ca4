// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way (docs/ARCHITECTURE.md has the map):
//   inputs (CampaignSpec, ScheduleXML, OfficeFiles, CaseLedger) → core (DutyPlanner, PlanReport,
//   the ledger's rules) → outputs (Rendering, LedgerReports, OutputFolder, PDFPrinting) → the
//   journeys (CampaignBuild for the roster and what it prints, with LeaveJourney; CaseWork for
//   the ledger) → front ends (jiefang, OfficeWeb, jiefang-bench), which parse, call a journey
//   and print. No front end imports another front end's module.
let package = Package(
    name: "jiefang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jiefang", targets: ["jiefang"]),
        .executable(name: "jiefang-bench", targets: ["jiefang-bench"]),
        .library(name: "CampaignBuild", targets: ["CampaignBuild"]),
        .library(name: "CampaignSpec", targets: ["CampaignSpec"]),
        .library(name: "DutyPlanner", targets: ["DutyPlanner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
    ],
    targets: [
        // The one located problem type every module reports with.
        .target(name: "Diagnostics"),
        // The office's file formats: .xlsx read and written, CSV text in UTF-8 or GB18030, and
        // deterministic zip archives (.xlsx, .docx); ZIPFoundation needs Debian's zlib1g-dev.
        .target(
            name: "OfficeFiles",
            dependencies: [
                "Diagnostics", "CLibXML2", "CZlibInflate", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // zlib's inflate, for reading workbooks with bounds checked at every step.
        .systemLibrary(name: "CZlibInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // JSON string literals and aligned tables for the terminal.
        .target(name: "PlainText"),
        // The campaign file: model, YAML/CSV loading, validation, the duty calendar.
        .target(
            name: "CampaignSpec", dependencies: ["Diagnostics", "OfficeFiles", .product(name: "Yams", package: "Yams")]),
        // The roster planner: pure, no I/O.
        .target(name: "DutyPlanner", dependencies: ["Diagnostics", "CampaignSpec"]),
        // The default templates, compiled in so a copied binary still has them.
        .target(name: "BundledTemplates"),
        // libxml2, from Debian's libxml2-dev.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // schedule.xml and its schema: written, read back and checked with libxml2.
        .target(name: "ScheduleXML", dependencies: ["Diagnostics", "CampaignSpec", "CLibXML2", "BundledTemplates"]),
        // Linux's syncfs(2), which Swift's Glibc module does not export.
        .target(name: "CSyncFS"),
        // Replaces an output folder whole or not at all, one build at a time.
        .target(name: "OutputFolder", dependencies: ["Diagnostics", "CSyncFS"]),
        // Prints pages to PDF in headless Chromium.
        .target(name: "PDFPrinting", dependencies: ["Diagnostics"]),
        // A campaign with its plan, and what that plan changed against the previous
        // schedule.xml: as values, a terminal table and JSON.
        .target(
            name: "PlanReport",
            dependencies: ["Diagnostics", "CampaignSpec", "DutyPlanner", "ScheduleXML", "PlainText"]),
        // Everything a build writes: checked Mustache templates, views, calendars, schedule.xml.
        .target(
            name: "Rendering",
            dependencies: [
                "OfficeFiles",
                "Diagnostics", "CampaignSpec", "PlanReport", "ScheduleXML", "BundledTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The journey every front end takes: load, previous schedule, plan, change report,
        // files, PDFs, the output folder replaced. Returns diagnostics; prints nothing.
        .target(
            name: "CampaignBuild",
            dependencies: [
                "Diagnostics", "CampaignSpec", "DutyPlanner", "ScheduleXML", "PlanReport", "Rendering", "OutputFolder",
                "PDFPrinting", "BundledTemplates",
            ]
        ),
        // The case ledger (接访台账): visits, cases, deadlines and their history in SQLite.
        // Nothing that plans or builds depends on it.
        .target(
            name: "CaseLedger",
            dependencies: [
                "Diagnostics", "OfficeFiles", "CampaignSpec", "PlainText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The case work's journey: visits recorded, case actions, reports, import, export, check.
        .target(
            name: "CaseWork",
            dependencies: [
                "Diagnostics", "CampaignSpec", "CaseLedger", "LedgerReports", "Rendering", "OfficeFiles",
                "CampaignBuild", "PlanReport", "Reminders", "PDFPrinting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // The office's accounts for the web page: roles, password rules, bcrypt hashes in the ledger.
        .target(
            name: "OfficeAccounts",
            dependencies: [
                "Diagnostics", "CampaignSpec", "CaseLedger",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The office's web page (jiefang serve): pages from the checked templates, sessions, roles.
        .target(
            name: "OfficeWeb",
            dependencies: [
                "Diagnostics", "CampaignSpec", "CaseLedger", "CaseWork", "OfficeAccounts", "LedgerReports", "Rendering",
                "CampaignBuild", "PlanReport", "PDFPrinting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Reminders for the office's group chats: the messages, and 企业微信 and 钉钉 robots.
        .target(
            name: "Reminders",
            dependencies: [
                "Diagnostics", "CampaignSpec", "CaseLedger", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        // The ledger's reports: the case sheet, the weekly report and the closing summary.
        .target(
            name: "LedgerReports",
            dependencies: ["CampaignSpec", "CaseLedger", "Rendering", "PDFPrinting", "Diagnostics"]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "jiefang",
            dependencies: [
                "Diagnostics", "CampaignSpec", "PlanReport", "Rendering", "CampaignBuild", "BundledTemplates",
                "CaseLedger", "CaseWork", "LedgerReports", "OfficeAccounts", "OfficeWeb", "PlainText", "Reminders",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Seeded synthetic campaigns for property tests and the benchmark.
        .target(name: "CampaignGenerator", dependencies: ["Diagnostics", "CampaignSpec"]),
        // On-demand benchmark (release build), never part of `swift test`.
        .executableTarget(
            name: "jiefang-bench",
            dependencies: [
                "Diagnostics", "CampaignSpec", "DutyPlanner", "CampaignGenerator", "CampaignBuild", "PlanReport",
                "CaseLedger", "CaseWork", "LedgerReports", "Rendering", "BundledTemplates", "PDFPrinting",
            ]
        ),
        // What the tests share: running programs, finding the repository.
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        // The command line's behaviour: exit codes, messages, files written, the ledger's commands.
        .testTarget(name: "CampaignSpecTests", dependencies: ["Diagnostics", "CampaignSpec", "TestSupport"]),
        .testTarget(
            name: "DutyPlannerTests", dependencies: ["CampaignSpec", "DutyPlanner", "CampaignGenerator", "TestSupport"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["CampaignSpec", "BundledTemplates", "CampaignGenerator", "CampaignBuild", "TestSupport"],
            exclude: ["Golden"]
        ),
        // What jiefang writes, checked by the clients it is for: Chromium (print, the web page in a
        // browser), LibreOffice, xmllint, Python's icalendar and html5lib, and the formatter.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "CampaignSpec", "BundledTemplates", "CLibXML2", "CampaignGenerator", "TestSupport", "OfficeFiles",
            ]
        ),
        .testTarget(name: "PDFPrintingTests", dependencies: ["PDFPrinting"]),
        .testTarget(
            name: "PlanReportTests",
            dependencies: [
                "CampaignSpec", "DutyPlanner", "PlanReport", "ScheduleXML", "CampaignGenerator", "TestSupport",
            ]
        ),
        .testTarget(
            name: "OfficeWebTests",
            dependencies: [
                "OfficeWeb", "CaseLedger", "OfficeAccounts", "CampaignSpec", "Diagnostics", "TestSupport", "Rendering",
                "CaseWork", "Reminders", .product(name: "Crypto", package: "swift-crypto"),
                "ScheduleXML", "CLibXML2", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "OfficeFilesTests", dependencies: ["Diagnostics", "OfficeFiles"]),
        .testTarget(name: "OutputFolderTests", dependencies: ["Diagnostics", "OutputFolder", "TestSupport"]),
        .testTarget(
            name: "CaseLedgerTests",
            dependencies: [
                "CaseLedger", "CampaignSpec", "Diagnostics", "TestSupport", "LedgerReports", "Rendering", "ScheduleXML",
                "CLibXML2", "OfficeAccounts", "OfficeFiles", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RenderingTests",
            dependencies: [
                "Diagnostics", "CampaignSpec", "Rendering", "OutputFolder", "ScheduleXML", "BundledTemplates",
                "PlanReport",
                "DutyPlanner", "CampaignBuild", "CampaignGenerator", "TestSupport",
            ]
        ),
    ]
)
