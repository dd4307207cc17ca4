import CaseLedger
import Crypto
import Foundation

/// Who is signed in, by the random token in their session cookie, kept in the ledger by the
/// token's SHA-256 (so a restart keeps sessions, and `user remove` or `user passwd` ends them at
/// once). A session ends at sign-out or after 12 hours without a request. Each carries its own
/// CSRF token, which every form posts back. Sign-in form tokens and failed sign-ins stay in
/// memory: they matter only for a minute or an hour.
actor WebSessions {
    struct Session: Sendable {
        let account: Account
        let csrf: String
    }

    static let idleLimit: TimeInterval = 12 * 3600
    let ledger: Ledger
    /// CSRF tokens of the sign-in form, before anyone is signed in.
    private var signInTokens: [String: Date] = [:]
    /// Failed sign-ins, per account name and per client address, for slowing down guessing.
    private var failures: [String: [Date]] = [:]

    init(ledger: Ledger) { self.ledger = ledger }

    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }

    /// What the ledger keeps of a cookie's token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    func start(_ account: Account, now: Date) throws -> (token: String, session: Session) {
        let session = Session(account: account, csrf: Self.token())
        let token = Self.token()
        try ledger.startSession(account, tokenHash: Self.hash(token), csrf: session.csrf, at: now)
        return (token, session)
    }

    /// The session of `token`, if it is still alive and its account still in use.
    func session(_ token: String?, now: Date) throws -> Session? {
        guard let token, !token.isEmpty else { return nil }
        guard let found = try ledger.session(tokenHash: Self.hash(token), at: now, idleLimit: Self.idleLimit) else {
            return nil
        }
        return Session(account: found.account, csrf: found.session.csrf)
    }

    func end(_ token: String?) throws {
        if let token { try ledger.endSession(tokenHash: Self.hash(token)) }
    }

    func newSignInToken(now: Date) -> String {
        signInTokens = signInTokens.filter { now.timeIntervalSince($0.value) < 3600 }
        let token = Self.token()
        signInTokens[token] = now
        return token
    }

    func useSignInToken(_ token: String, now: Date) -> Bool {
        guard let issued = signInTokens.removeValue(forKey: token) else { return false }
        return now.timeIntervalSince(issued) < 3600
    }

    /// How long to hold a sign-in attempt for `name` from `address`: nothing for the first five
    /// failures in a minute by either, then a second more for each further one, whichever of the
    /// two has failed more, so neither guessing one name nor trying many names goes fast.
    func delay(for name: String, from address: String, now: Date) -> TimeInterval {
        let counts = [Self.byName(name), Self.byAddress(address)].map { key in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < 60 }
            failures[key] = recent
            return recent.count
        }
        let most = counts.max() ?? 0
        return most < 5 ? 0 : Double(most - 4)
    }

    func failed(_ name: String, from address: String, now: Date) {
        failures[Self.byName(name), default: []].append(now)
        failures[Self.byAddress(address), default: []].append(now)
    }

    func succeeded(_ name: String) {
        failures[Self.byName(name)] = nil
    }

    private static func byName(_ name: String) -> String { "name " + name }
    private static func byAddress(_ address: String) -> String { "address " + address }
}
