import CampaignSpec
import GRDB

/// One reception (接访记录), as stored.
public struct Visit: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "visit"

    /// `YYYYMMDD-NN`, numbered by the day.
    public var number: String
    /// ISO date and `HH:MM`.
    public var date: String
    public var time: String
    /// 来访, 来信, 电话, 网上 or 上级交办.
    public var channel: String
    /// One of the campaign's reception methods.
    public var method: String
    public var persons: Int
    /// The petitioner's name, or 匿名.
    public var name: String
    public var idNumber: String?
    public var phone: String?
    public var address: String?
    /// Where the matter arose.
    public var place: String?
    /// 建议意见, 检举控告 or 申诉求决.
    public var category: String
    public var topic: String
    /// In the petitioner's words.
    public var request: String
    public var opinion: String?
    /// 当场解决, 当场答复, 交办, 包案, 转送 or 不予受理.
    public var disposition: String
    /// Why it was not accepted (不予受理).
    public var reason: String?
    /// The receiving leader's id.
    public var leader: String
    /// The earliest visit by the same petitioner (same ID number, or same name and phone).
    public var repeatOf: String?
    /// The case this visit opened or belongs to.
    public var caseNumber: String?
    /// Marked by the office as a new matter: it does not join the petitioner's open case on the
    /// same topic.
    public var newMatter: Bool

    /// 集体访: five or more persons.
    public var isGroup: Bool { persons >= 5 }

    /// A matter (件) of its own: it opened a case, or is in none; a visit that joined an earlier
    /// case is that case's matter again.
    public var isNewMatter: Bool { caseNumber == nil || caseNumber == number }

    public init(
        number: String, date: String, time: String, channel: String, method: String, persons: Int, name: String,
        idNumber: String?, phone: String?, address: String?, place: String?, category: String, topic: String,
        request: String, opinion: String?, disposition: String, reason: String?, leader: String, repeatOf: String?,
        caseNumber: String?, newMatter: Bool = false
    ) {
        (self.number, self.date, self.time, self.channel, self.method) = (number, date, time, channel, method)
        (self.persons, self.name, self.idNumber, self.phone, self.address) = (persons, name, idNumber, phone, address)
        (self.place, self.category, self.topic, self.request, self.opinion) = (place, category, topic, request, opinion)
        (self.disposition, self.reason, self.leader, self.repeatOf) = (disposition, reason, leader, repeatOf)
        self.caseNumber = caseNumber
        self.newMatter = newMatter
    }
}

/// One case (一案一表), opened by a 交办 or 包案 visit and numbered as it.
public struct PetitionCase: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "petitionCase"

    public var number: String
    /// The 包案 leader's id.
    public var leader: String
    /// The responsible unit.
    public var unit: String?
    public var accepted: String
    public var notifyBy: String
    public var finishBy: String
    /// The finish deadline after the one extension, if granted.
    public var extendedTo: String?
    public var extensionDays: Int?
    public var approver: String?
    public var extensionReason: String?
    /// The day the extension was granted.
    public var extendedOn: String?
    /// open or closed.
    public var status: String
    public var result: String?
    public var replyDate: String?
    /// 满意, 基本满意, 不满意 or 未评价.
    public var satisfaction: String?
    public var followUp: String?
    /// 息诉罢访: the petitioner has stopped petitioning.
    public var stopped: Bool?
    /// The day the case was closed (办结), while it is closed.
    public var closedOn: String?

    public var isOpen: Bool { status == "open" }
    /// The deadline that applies now.
    public var due: String { extendedTo ?? finishBy }
}

/// A case closed or reopened on a day: the steps by which the ledger shows a case as it stood on
/// any day (`--as-of`). Never changed or deleted.
public struct CaseStep: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "caseStep"

    public enum Kind: String, Codable, Sendable { case close, reopen }

    public var id: Int64?
    public var caseNumber: String
    public var kind: Kind
    /// The business day it happened, apart from when it was recorded.
    public var date: String
    public var result: String?
    public var replyDate: String?
    public var satisfaction: String?
    public var followUp: String?
    public var stopped: Bool?
    /// Why a case was reopened.
    public var reason: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension PetitionCase {
    /// The case as it stood at the end of `day`: an extension granted later is not yet there,
    /// and it is closed, with that closing's fields, only if its last step by then closed it.
    func asOf(_ day: CivilDate, lastStep: CaseStep?) -> PetitionCase {
        var c = self
        if let granted = extendedOn, granted > day.iso {
            (c.extendedTo, c.extensionDays, c.approver, c.extensionReason, c.extendedOn) = (nil, nil, nil, nil, nil)
        }
        if let step = lastStep, step.kind == .close {
            c.status = "closed"
            (c.result, c.replyDate, c.satisfaction) = (step.result, step.replyDate, step.satisfaction)
            (c.followUp, c.stopped, c.closedOn) = (step.followUp, step.stopped, step.date)
        } else {
            c.status = "open"
            (c.result, c.replyDate, c.satisfaction, c.followUp, c.stopped, c.closedOn) = (nil, nil, nil, nil, nil, nil)
        }
        return c
    }
}

/// A dated, signed entry in a case's progress log.
public struct CaseProgress: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "progress"

    public var id: Int64?
    public var caseNumber: String
    public var date: String
    public var by: String
    public var text: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One change to the ledger: who, when, what, from what to what. Never updated or deleted.
public struct LedgerEvent: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event"

    public var id: Int64?
    /// When it happened: the one place jiefang reads the clock.
    public var at: String
    public var by: String
    /// visit or case.
    public var entity: String
    public var number: String
    public var field: String
    public var old: String?
    public var new: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
