import Foundation
import Testing

/// A town's working folder: its own copy of the sample campaign and an output folder that
/// successive builds replace, as the office uses jiefang when dates change.
public struct Town {
    public let dir: URL

    public init(dir: URL) { self.dir = dir }
    public var campaign: URL { dir.appendingPathComponent("c.yaml") }
    public var output: URL { dir.appendingPathComponent("output") }

    /// The sample campaign, built once.
    public static func afterFirstBuild() throws -> Town {
        let town = Town(dir: try CLI.temporaryDirectory())
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), to: town.campaign)
        let first = try town.build()
        #expect(first.status == 0, "\(first.stderr)")
        return town
    }

    public func build(_ extra: [String] = []) throws -> CommandResult {
        try CLI.run(["build", "c.yaml"] + extra, in: dir)
    }

    public func edit(_ change: (String) -> String) throws {
        let text = try String(contentsOf: campaign, encoding: .utf8)
        let edited = change(text)
        #expect(edited != text, "the edit changed nothing")
        try edited.write(to: campaign, atomically: true, encoding: .utf8)
    }

    /// The date the new notice is published, so the revision line has a later date.
    public func reissue(_ date: String) throws {
        try edit { $0.replacingOccurrences(of: "issued: 2026-08-31", with: "issued: \(date)") }
    }

    /// Adds an away day to a leader written on one line, as the sample's leaders are.
    public func giveLeave(_ leaderID: String, on date: String) throws {
        try edit { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.contains("{id: \(leaderID),") else { return String(line) }
                if line.contains("away: [") {
                    return line.replacingOccurrences(of: "away: [", with: "away: [\(date), ")
                }
                return line.replacingOccurrences(of: "}", with: ", away: [\(date)]}")
            }.joined(separator: "\n")
        }
    }

    /// Who is on duty each day, by ISO date, as the current schedule.xml says.
    public func roster() throws -> [String: String] {
        let xml = try String(contentsOf: output.appendingPathComponent("schedule.xml"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"<day date="([0-9-]+)"[^>]*>\s*<leader id="([a-z0-9-]+)""#)
        var days: [String: String] = [:]
        for match in pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            days[String(xml[Range(match.range(at: 1), in: xml)!])] = String(xml[Range(match.range(at: 2), in: xml)!])
        }
        return days
    }

    /// Each leader's name and title by id, from the current schedule.xml.
    public func leaders() throws -> [String: (name: String, title: String)] {
        let xml = try String(contentsOf: output.appendingPathComponent("schedule.xml"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"<leader id="([a-z0-9-]+)" name="([^"]+)" title="([^"]+)""#)
        var found: [String: (name: String, title: String)] = [:]
        for match in pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            let group = { (i: Int) in String(xml[Range(match.range(at: i), in: xml)!]) }
            found[group(1)] = (group(2), group(3))
        }
        return found
    }

    public func page(_ name: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
    }
}

/// The dates present in both rosters whose leader differs.
public func changedDates(_ old: [String: String], _ new: [String: String]) -> [String] {
    old.keys.filter { new[$0] != nil && new[$0] != old[$0] }.sorted()
}
