import CaseLedger
import Foundation

/// Who is signed in, by the random token in their session cookie. A session ends at sign-out or
/// after 12 hours without a request. Each carries its own CSRF token, which every form posts back.
actor WebSessions {
    struct Session: Sendable {
        let account: Account
        let csrf: String
        var lastSeen: Date
    }

    static let idleLimit: TimeInterval = 12 * 3600
    private var sessions: [String: Session] = [:]
    /// CSRF tokens of the sign-in form, before anyone is signed in.
    private var signInTokens: [String: Date] = [:]
    /// Failed sign-ins per account name, for slowing down guessing.
    private var failures: [String: [Date]] = [:]

    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }

    func start(_ account: Account, now: Date) -> (token: String, session: Session) {
        let session = Session(account: account, csrf: Self.token(), lastSeen: now)
        let token = Self.token()
        sessions[token] = session
        return (token, session)
    }

    /// The session of `token`, if it is still alive; touching it keeps it alive.
    func session(_ token: String?, now: Date) -> Session? {
        guard let token, var session = sessions[token] else { return nil }
        guard now.timeIntervalSince(session.lastSeen) < Self.idleLimit else {
            sessions[token] = nil
            return nil
        }
        session.lastSeen = now
        sessions[token] = session
        return session
    }

    func end(_ token: String?) {
        if let token { sessions[token] = nil }
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

    /// How long to hold a sign-in attempt for `name`: nothing for the first five failures in a
    /// minute, then a second more for each further one.
    func delay(for name: String, now: Date) -> TimeInterval {
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < 60 }
        failures[name] = recent
        return recent.count < 5 ? 0 : Double(recent.count - 4)
    }

    func failed(_ name: String, now: Date) {
        failures[name, default: []].append(now)
    }

    func succeeded(_ name: String) {
        failures[name] = nil
    }
}
