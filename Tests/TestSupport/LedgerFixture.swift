import Foundation

/// What the ledger's command-line tests start from: a folder with the sample campaign, and a
/// visit as the office writes it in YAML.
public enum LedgerFixture {
    /// A 包案 visit on 土地征收, as `jiefang visit add` reads it.
    public static func visit(
        _ date: String, name: String, id: String? = nil, phone: String, extra: String = ""
    ) -> String {
        """
        date: \(date)
        time: "09:30"
        channel: 来访
        method: 定点接访
        petitioner: {name: \(name)\(id.map { ", id_number: \"\($0)\"" } ?? ""), phone: "\(phone)", address: 石桥村十组}
        category: 申诉求决
        topic: 土地征收
        request: 征地补偿款未足额发放，要求补发
        disposition: 包案
        case: {leader: li-ming, unit: 镇国土所}
        \(extra)
        """
    }

    /// A folder holding the sample campaign as c.yaml, for a ledger to start beside it.
    public static func town() throws -> URL {
        let dir = try Processes.temporaryDirectory()
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"),
            to: dir.appendingPathComponent("c.yaml"))
        return dir
    }
}
