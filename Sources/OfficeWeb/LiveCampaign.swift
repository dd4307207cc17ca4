import CampaignBuild
import CampaignSpec
import Diagnostics
import Foundation
import PlanReport

/// The campaign file as it stands on disk now, planned against the output folder's schedule.xml
/// as `build` would plan it. Re-read and re-planned only when the file or the schedule changed, so
/// the roster, the preview and the day's receiving leader always follow the file.
final class LiveCampaign: @unchecked Sendable {
    struct State: Sendable {
        /// Changes whenever the file or the schedule it keeps to changes.
        let version: String
        let planned: Result<PlannedCampaign, BuildFailure>
        /// The last campaign that loaded and planned, for the ledger while the file is broken.
        let lastGood: PlannedCampaign
        /// Each duty day's leader in `lastGood`, worked out once a version rather than once a page.
        let dutyLeaders: [CivilDate: String]

        init(version: String, planned: Result<PlannedCampaign, BuildFailure>, lastGood: PlannedCampaign) {
            self.version = version
            self.planned = planned
            self.lastGood = lastGood
            dutyLeaders = Dictionary(
                lastGood.plan.days.map { ($0.date, $0.leader.id) }, uniquingKeysWith: { a, _ in a })
        }

        var campaign: Campaign { lastGood.campaign }

        /// Every problem with the file, errors and warnings, in the order found.
        var problems: [Diagnostic] {
            switch planned {
            case .success(let planned): return planned.warnings
            case .failure(let failure): return failure.diagnostics
            }
        }
    }

    let path: String
    let output: String
    private let lock = NSLock()
    private var state: State

    /// Fails when the campaign cannot be planned at all: the page is not served from a broken file.
    init(path: String, output: String) throws(BuildFailure) {
        self.path = path
        self.output = output
        let version = Self.version(path: path, output: output)
        let planned = Self.plan(path: path, output: output)
        switch planned {
        case .success(let good): state = State(version: version, planned: planned, lastGood: good)
        case .failure(let failure): throw failure
        }
    }

    func current() -> State {
        lock.lock()
        defer { lock.unlock() }
        let version = Self.version(path: path, output: output)
        guard version != state.version else { return state }
        let planned = Self.plan(path: path, output: output)
        state = State(version: version, planned: planned, lastGood: (try? planned.get()) ?? state.lastGood)
        return state
    }

    static func plan(path: String, output: String) -> Result<PlannedCampaign, BuildFailure> {
        CampaignPlanning.plan(.file(path), previous: .output(output), timeLimit: 10)
    }

    /// A fingerprint of the campaign file's bytes and the schedule's size and time: FNV-1a, so the
    /// same file gives the same version in every run.
    static func version(path: String, output: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        mix(FileManager.default.contents(atPath: path) ?? Data())
        let schedule = (output.isEmpty ? "" : output + "/") + "schedule.xml"
        if let attributes = try? FileManager.default.attributesOfItem(atPath: schedule) {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            mix("\(size) \(time)".utf8)
        }
        return String(hash, radix: 16)
    }
}
