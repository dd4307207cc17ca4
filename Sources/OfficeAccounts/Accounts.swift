import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
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
        return hash(password: password, cost: cost).map {
            Account(name: trimmed, role: role, leader: leaderID, passwordHash: $0)
        }
    }

    /// Whether `password` is the account's.
    public static func verify(_ password: String, for account: Account) -> Bool {
        account.active && Bcrypt.verify(password, hash: account.passwordHash)
    }
}

extension Accounts {
    /// A new password's hash, once it is long enough.
    public static func hash(password: String, cost: UInt8 = cost) -> Result<String, Diagnostic> {
        guard password.count >= shortestPassword else {
            return .failure(
                .error(.accountPassword, ["count": "\(password.count)", "minimum": "\(shortestPassword)"]))
        }
        guard (cheapestCost...31).contains(cost) else {
            return .failure(.error(.accountCost, ["minimum": "\(cheapestCost)", "cost": "\(cost)"]))
        }
        return .success(Bcrypt.hash(password, cost: cost))
    }

    /// Whether `password` opens `account`. With no such account the same bcrypt work is done
    /// against a hash no password matches, at the cost the office's accounts use, so an unknown
    /// name answers as slowly as a known one and gives nothing away.
    public static func check(_ password: String, for account: Account?, costLike accounts: [Account]) -> Bool {
        guard let account else {
            _ = Bcrypt.verify(password, hash: Decoys.shared.hash(cost: cost(of: accounts.first?.passwordHash)))
            return false
        }
        return verify(password, for: account)
    }

    /// Makes the decoy before the first sign-in, so that the first unknown name answers as fast
    /// as every later one (making it costs as much as a check).
    public static func prepareDecoy(costLike accounts: [Account]) {
        _ = Decoys.shared.hash(cost: cost(of: accounts.first?.passwordHash))
    }

    /// The cost written in a bcrypt hash (`$2b$12$…` is 12); the office's default without one.
    static func cost(of hash: String?) -> UInt8 {
        guard let parts = hash?.split(separator: "$"), parts.count >= 2, let cost = UInt8(parts[1]) else { return cost }
        return cost
    }
}

/// One decoy hash per cost, made once: a random password nobody knows.
private final class Decoys: @unchecked Sendable {
    static let shared = Decoys()
    private let lock = NSLock()
    private var hashes: [UInt8: String] = [:]

    func hash(cost: UInt8) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let made = hashes[cost] { return made }
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<4).map { _ in String(generator.next() as UInt64, radix: 36) }.joined()
        let made = Bcrypt.hash(secret, cost: cost)
        hashes[cost] = made
        return made
    }
}
