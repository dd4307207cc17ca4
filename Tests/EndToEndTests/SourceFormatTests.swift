import Foundation
import TestSupport
import Testing

@Suite("Source layout")
struct SourceFormatTests {
    @Test(
        "the sources keep the layout .swift-format gives them (fix: swift format -i -r Sources Tests Package.swift)",
        .enabled(if: TestEnvironment.has("swift-format")))
    func formatted() throws {
        let lint = try RealClient.run(
            "swift-format", ["lint", "--strict", "--recursive", "Sources", "Tests", "Package.swift"],
            need: "swift-format (ships with the Swift toolchain)")
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr.prefix(2000))")
    }
}
