import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One headless Chromium for a whole run, spoken to over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: it reads commands on its fd 3 and answers on fd 4, each message
/// JSON ended by a NUL byte). Pages print in targets of their own, several at once; the browser
/// is started once and closed at the end, or killed, so no process outlives the run.
final class DevToolsBrowser: @unchecked Sendable {
    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private let lock = NSLock()
    private var nextID = 1
    private var waiting: [Int: (DispatchSemaphore, Box)] = [:]
    private var loads: [String: DispatchSemaphore] = [:]
    private var stopped = false

    final class Box: @unchecked Sendable { var message: [String: Any]? }

    init(executable: String, profile: String) throws(PrintFailure) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw PrintFailure(zh: "无法与Chromium建立管道", en: "cannot open a pipe to Chromium")
        }
        // Close-on-exec: Chromium gets only fds 3 and 4 (dup2 clears the flag on those), so when
        // jiefang dies, however it dies, the pipe's far end closes and Chromium exits with it.
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // --no-sandbox: Chromium refuses to run as root without it (CI runs as root); the pages
        // are jiefang's own, with every value escaped, and load nothing from outside.
        let arguments = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--remote-debugging-pipe", "--user-data-dir=\(profile)", "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        // A process group of its own, so closing can sweep the renderers it started too.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, &attributes, &argv, environ)
        Glibc.close(toChild[0])
        Glibc.close(fromChild[1])
        guard spawned == 0 else {
            Glibc.close(toChild[1])
            Glibc.close(fromChild[0])
            let reason = String(cString: strerror(spawned))
            throw PrintFailure(zh: "\(executable)无法启动：\(reason)", en: "\(executable) does not start: \(reason)")
        }
        pid = child
        commands = toChild[1]
        answers = fromChild[0]
        Thread.detachNewThread { [self] in readAnswers() }
    }

    /// The browser's process, which leads the process group its renderers are in.
    var processID: pid_t { pid }

    /// False once the browser has gone: closed, crashed or killed.
    var isRunning: Bool { lock.withLock { !stopped } }

    /// Sends `method` and waits for its answer's `result`.
    func call(
        _ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: TimeInterval
    ) throws(PrintFailure) -> [String: Any] {
        let semaphore = DispatchSemaphore(value: 0), box = Box()
        lock.lock()
        guard !stopped else {
            lock.unlock()
            throw PrintFailure.stopped
        }
        let id = nextID
        nextID += 1
        waiting[id] = (semaphore, box)
        lock.unlock()
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        guard var data = try? JSONSerialization.data(withJSONObject: message) else {
            throw PrintFailure(zh: "无法向Chromium发送\(method)", en: "cannot say \(method) to Chromium")
        }
        data.append(0)
        let written = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(commands, bytes.baseAddress! + offset, bytes.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard written, semaphore.wait(timeout: .now() + timeout) == .success else {
            lock.withLock { _ = waiting.removeValue(forKey: id) }
            guard written else { throw PrintFailure.stopped }
            throw PrintFailure(
                zh: "Chromium在\(Int(timeout))秒内没有回应\(method)",
                en: "Chromium did not answer \(method) within \(Int(timeout)) s")
        }
        guard let answer = box.message else { throw PrintFailure.stopped }
        if let error = answer["error"] as? [String: Any] {
            let message = error["message"] as? String ?? ""
            throw PrintFailure(zh: "Chromium拒绝了\(method)：\(message)", en: "Chromium refused \(method): \(message)")
        }
        return answer["result"] as? [String: Any] ?? [:]
    }

    /// A page of the browser kept open for many printings: a new target costs a renderer
    /// process and a fresh font load, a navigation in one that is open costs neither.
    struct Tab {
        let target: String
        let session: String
        let loaded: DispatchSemaphore
    }

    func openTab(timeout: TimeInterval) throws(PrintFailure) -> Tab {
        let target =
            try call("Target.createTarget", ["url": "about:blank"], timeout: timeout)["targetId"] as? String ?? ""
        let attached = try call("Target.attachToTarget", ["targetId": target, "flatten": true], timeout: timeout)
        guard let session = attached["sessionId"] as? String else {
            throw PrintFailure(zh: "Chromium没有给出会话", en: "Chromium gave no session")
        }
        let tab = Tab(target: target, session: session, loaded: DispatchSemaphore(value: 0))
        lock.withLock { loads[session] = tab.loaded }
        _ = try call("Page.enable", session: session, timeout: timeout)
        return tab
    }

    func closeTab(_ tab: Tab, timeout: TimeInterval) {
        lock.withLock { _ = loads.removeValue(forKey: tab.session) }
        _ = try? call("Target.closeTarget", ["targetId": tab.target], timeout: timeout)
    }

    /// Loads the page at `url` in `tab` and prints it as the page's `@page` rule lays it out.
    func printPDF(_ url: URL, in tab: Tab, timeout: TimeInterval) throws(PrintFailure) -> Data {
        // A load event left over from the tab's previous page must not count as this one's.
        while tab.loaded.wait(timeout: .now()) == .success {}
        _ = try call("Page.navigate", ["url": url.absoluteString], session: tab.session, timeout: timeout)
        guard tab.loaded.wait(timeout: .now() + timeout) == .success, !lock.withLock({ stopped }) else {
            throw PrintFailure(
                zh: "页面在\(Int(timeout))秒内没有载入完", en: "the page did not load within \(Int(timeout)) s")
        }
        let printed = try call(
            "Page.printToPDF",
            ["preferCSSPageSize": true, "printBackground": true, "displayHeaderFooter": false], session: tab.session,
            timeout: timeout)
        guard let base64 = printed["data"] as? String, let pdf = Data(base64Encoded: base64) else {
            throw PrintFailure(zh: "Chromium没有生成PDF", en: "Chromium wrote no PDF")
        }
        return pdf
    }

    /// Asks the browser to close, then makes sure: no Chromium outlives the run.
    func close(grace: TimeInterval = 2) {
        _ = try? call("Browser.close", timeout: grace)
        let deadline = Date().addingTimeInterval(grace)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        Glibc.close(commands)
    }

    private func readAnswers() {
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(answers, &buffer, buffer.count)
            if n <= 0 { break }
            pending += buffer[0..<n]
            while let end = pending.firstIndex(of: 0) {
                let message = Array(pending[..<end])
                pending.removeSubrange(...end)
                deliver(message)
            }
        }
        Glibc.close(answers)
        // Chromium is gone: whoever waits learns it now rather than at their timeout.
        lock.lock()
        stopped = true
        let everyone = waiting.values.map(\.0) + loads.values
        waiting.removeAll()
        lock.unlock()
        for semaphore in everyone { semaphore.signal() }
    }

    private func deliver(_ bytes: [UInt8]) {
        guard let message = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return }
        lock.lock()
        defer { lock.unlock() }
        if let id = message["id"] as? Int, let (semaphore, box) = waiting.removeValue(forKey: id) {
            box.message = message
            semaphore.signal()
        } else if message["method"] as? String == "Page.loadEventFired", let session = message["sessionId"] as? String {
            loads[session]?.signal()
        }
    }
}
