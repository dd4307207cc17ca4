import CampaignSpec
import CaseLedger
import Diagnostics
import HummingbirdBcrypt

/// Accounts for the office's web page, kept in the campaign's ledger: who may sign in, as what,
/// and their password's bcrypt hash.
public enum Accounts {
    /// bcrypt's cost: 2¹² rounds, about 0.35 s a check in a debug build, so guessing is slow.
    public static let cost: UInt8 = 12
    public static let shortestPassword = 10

    /// A new account, checked: the password long enough, a leader's account tied to a roster leader.
    public static func make(
        name: String, role: Account.Role, leader: String?, password: String, campaign: Campaign
    ) -> Result<Account, Diagnostic> {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ !$0.isNewline && $0 != "/" }) else {
            return .failure(.error("an account needs a name, on one line"))
        }
        guard password.count >= shortestPassword else {
            return .failure(
                .error("the password has \(password.count) characters; it needs at least \(shortestPassword)"))
        }
        let roster = campaign.leaders.map(\.id)
        switch role {
        case .office:
            guard leader == nil else {
                return .failure(.error("--leader is for a leader's account, not an office one"))
            }
        case .leader:
            guard let leader else {
                return .failure(
                    .error("a leader's account names its leader: --leader ID (\(roster.joined(separator: ", ")))"))
            }
            guard roster.contains(leader) else {
                return .failure(
                    .error("no leader '\(leader)' in the campaign" + Suggestion.hint(for: leader, among: roster)))
            }
        }
        return .success(
            Account(name: trimmed, role: role, leader: leader, passwordHash: Bcrypt.hash(password, cost: cost)))
    }

    /// Whether `password` is the account's.
    public static func verify(_ password: String, for account: Account) -> Bool {
        account.active && Bcrypt.verify(password, hash: account.passwordHash)
    }
}
