import CampaignSpec
import Diagnostics
import Foundation
import OfficeAccounts
import TestSupport
import Testing

@testable import CaseLedger

@Suite("Accounts for the office's web page")
struct AccountTests {
    @Test("a password has at least 10 characters; a leader's account names a roster leader; only a bcrypt hash is kept")
    func making() throws {
        let campaign = try sampleCampaign()
        #expect(throws: Diagnostic.self) {
            try Accounts.make(name: "王干事", role: .office, leader: nil, password: "123456789", campaign: campaign).get()
        }
        #expect {
            try Accounts.make(name: "李明", role: .leader, leader: "li-mng", password: "0123456789", campaign: campaign)
                .get()
        } throws: { ($0 as? Diagnostic)?.english.contains("did you mean 'li-ming'?") == true }
        #expect(throws: Diagnostic.self) {
            try Accounts.make(name: "李明", role: .leader, leader: nil, password: "0123456789", campaign: campaign).get()
        }
        // The office's accounts are hashed at cost 12; the rest of the tests use bcrypt's least cost.
        let production = try Accounts.make(
            name: "王干事", role: .office, leader: nil, password: "正确的长密码1234", campaign: campaign
        ).get()
        #expect(production.passwordHash.hasPrefix("$2b$12$") && !production.passwordHash.contains("正确的长密码"))
        let account = try Accounts.make(
            name: "王干事", role: .office, leader: nil, password: "正确的长密码1234", campaign: campaign,
            cost: Accounts.cheapestCost
        ).get()
        #expect(account.passwordHash.hasPrefix("$2b$04$"))
        #expect(Accounts.verify("正确的长密码1234", for: account))
        #expect(!Accounts.verify("正确的长密码1235", for: account))
    }

    @Test("accounts live in the ledger: one of a name in use, removal keeps the name in the history")
    func stored() throws {
        let dir = try Processes.temporaryDirectory()
        let campaign = try sampleCampaign(in: dir)
        let ledger = try Ledger.open(for: campaign, create: true)
        #expect(try !ledger.hasOfficeAccount())
        let office = try Accounts.make(
            name: "王干事", role: .office, leader: nil, password: "0123456789", campaign: campaign,
            cost: Accounts.cheapestCost
        ).get()
        try ledger.addAccount(office, by: "admin")
        #expect(try ledger.hasOfficeAccount())
        #expect(throws: Diagnostic.self) { try ledger.addAccount(office, by: "admin") }
        try ledger.removeAccount("王干事", by: "admin")
        #expect(try ledger.accounts().isEmpty && !ledger.hasOfficeAccount())
        var removed = office
        removed.active = false
        #expect(!Accounts.verify("0123456789", for: removed))
        try ledger.addAccount(office, by: "admin")
        #expect(try ledger.history(of: "王干事").map(\.field) == ["added", "removed", "added"])
    }
}
