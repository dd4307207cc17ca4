import CampaignSpec
import CaseLedger
import Diagnostics
import HummingbirdBcrypt

/// Accounts for the office's web page, kept in the campaign's ledger: who may sign in, as what,
/// and their password's bcrypt hash.
public enum Accounts {
    /// bcrypt's cost for the office's accounts: 2¹² rounds, about 0.35 s a check in a debug build,
    /// so guessing is slow.
    public static let cost: UInt8 = 12
    /// bcrypt's least cost, for tests only: an account made with it signs in at once.
    public static let cheapestCost: UInt8 = 4
    public static let shortestPassword = 10

    /// A new account, checked: the password long enough, a leader's account tied to a roster leader.
    /// - Parameter cost: bcrypt's cost; the office's accounts keep the default.
    public static func make(
        name: String, role: Account.Role, leader: String?, password: String, campaign: Campaign, cost: UInt8 = cost
    ) -> Result<Account, Diagnostic> {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ !$0.isNewline && $0 != "/" }) else {
            return .failure(.error(.accountRefused))
        }
        guard password.count >= shortestPassword else {
            return .failure(
                .error(.accountPassword, ["count": "\(password.count)", "minimum": "\(shortestPassword)"]))
        }
        let roster = campaign.leaders.map(\.id)
        var leaderID: String?
        switch role {
        case .office:
            guard leader == nil else {
                return .failure(.error(.accountOfficeLeader))
            }
        case .leader:
            guard let leader else {
                return .failure(
                    .error(.accountLeaderMissing, ["roster": Phrase.list(roster)]))
            }
            switch campaign.leaderID(leader) {
            case .success(let id): leaderID = id
            case .failure(let problem): return .failure(problem)
            }
        }
        guard (cheapestCost...31).contains(cost) else {
            return .failure(.error(.accountCost, ["minimum": "\(cheapestCost)", "cost": "\(cost)"]))
        }
        return .success(
            Account(name: trimmed, role: role, leader: leaderID, passwordHash: Bcrypt.hash(password, cost: cost)))
    }

    /// Whether `password` is the account's.
    public static func verify(_ password: String, for account: Account) -> Bool {
        account.active && Bcrypt.verify(password, hash: account.passwordHash)
    }
}
