import Foundation
import TestSupport
import Testing

/// SPEC §12: appointments (约访) booked into the reception hours' slots, from the command line.
@Suite("Appointments")
struct AppointmentTests {
    static func appointment(
        date: String = "2026-09-10", time: String = "09:00", name: String = "王大山", extra: String = ""
    ) -> String {
        """
        date: \(date)
        time: "\(time)"
        petitioner: {name: \(name), phone: "13900000001"}
        topic: 涉农
        request: 承包地纠纷
        \(extra)
        """
    }

    static func add(_ text: String, in dir: URL) throws -> CommandResult {
        try text.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        return try CLI.run(["appointment", "add", "c.yaml", "a.yaml"], in: dir)
    }

    @Test("a slot takes per_slot bookings; the next is refused at its time with the next free slots, and nothing kept")
    func fullSlot() throws {
        let town = try Town.afterFirstBuild()
        let first = try Self.add(Self.appointment(), in: town.dir)
        #expect(first.status == 0 && first.stdout.hasPrefix("Y20260910-01（2026-09-10 09:00，"), "\(first.stderr)")
        #expect(try Self.add(Self.appointment(name: "李秀英"), in: town.dir).status == 0)
        let full = try Self.add(Self.appointment(name: "张国强"), in: town.dir)
        #expect(full.status == 1)
        #expect(
            full.stderr.contains(
                "a.yaml:2:7: error: 2026-09-10 09:00这一时段已约满（每时段2人）；可约的时段：2026-09-10 09:30、2026-09-10 10:00、2026-09-10 10:30 [J0801]"
            ), "\(full.stderr)")
        let listed = try CLI.run(["appointment", "list", "c.yaml", "--date", "2026-09-10"], in: town.dir).stdout
        #expect(
            listed.contains("Y20260910-02") && !listed.contains("张国强") && !listed.contains("13900000001"), "\(listed)")
        // Cancelling gives the place back, once.
        let cancelled = try CLI.run(
            ["appointment", "cancel", "c.yaml", "Y20260910-01", "--reason", "改期"], in: town.dir)
        #expect(cancelled.status == 0 && cancelled.stdout == "约访Y20260910-01已取消\n", "\(cancelled.stderr)")
        #expect(
            try CLI.run(["appointment", "cancel", "c.yaml", "Y20260910-01", "--reason", "x"], in: town.dir).status == 1)
        #expect(try Self.add(Self.appointment(name: "张国强"), in: town.dir).status == 0)
        let json = try CLI.run(["appointment", "list", "c.yaml", "--format", "json"], in: town.dir).stdout
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(items.map { $0["status"] as? String } == ["已取消", "已预约", "已预约"])
        #expect((items.first?["petitioner"] as? [String: Any])?.keys.sorted() == ["name"])
    }

    @Test("a day off, a leader on leave and a time outside the slots are refused together, each at its line")
    func refusedTogether() throws {
        let town = try Town.afterFirstBuild()
        let outside = try Self.add(Self.appointment(date: "2026-09-30", time: "12:15"), in: town.dir)
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("a.yaml:1:7: error: 2026年9月30日不是接访日，不能约在这一天 [J0804]"), "\(outside.stderr)")
        #expect(outside.stderr.contains("a.yaml:2:7: error: “时间”应是接访时间内某一时段的开始"), "\(outside.stderr)")
        let away = try Self.add(
            Self.appointment(date: "2026-09-14", extra: "kind: 重点约访\nleader: liu-fang"), in: town.dir)
        #expect(away.status == 1)
        #expect(away.stderr.contains("刘芳（镇人大主席）2026年9月14日请假，不能约这一天 [J0806]"), "\(away.stderr)")
        #expect(!FileManager.default.fileExists(atPath: town.dir.appendingPathComponent("ledger.sqlite").path))
    }

    @Test("appointments: {slot: 60, per_slot: 1} in the campaign file sets the slots")
    func campaignSlots() throws {
        let town = try Town.afterFirstBuild()
        try town.edit { $0 + "\nappointments: {slot: 60, per_slot: 1}\n" }
        #expect(try Self.add(Self.appointment(time: "09:30"), in: town.dir).status == 0)
        let full = try Self.add(Self.appointment(time: "09:30", name: "李秀英"), in: town.dir)
        #expect(full.stderr.contains("（每时段1人）；可约的时段：2026-09-10 10:30"), "\(full.stderr)")
        let half = try Self.add(Self.appointment(time: "10:00"), in: town.dir)
        #expect(half.stderr.contains("可选：08:30、09:30、10:30、14:30、15:30、16:30"), "\(half.stderr)")
    }
}

extension AppointmentTests {
    @Test("visit add --appointment: the appointment fills the visit and is marked kept with it, once")
    func keptBecomesVisit() throws {
        let town = try Town.afterFirstBuild()
        #expect(try Self.add(Self.appointment(), in: town.dir).status == 0)
        let rest = "category: 申诉求决\ndisposition: 当场答复\n"
        try rest.write(to: town.dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let visit = try CLI.run(["visit", "add", "c.yaml", "v.yaml", "--appointment", "Y20260910-01"], in: town.dir)
        #expect(visit.status == 0 && visit.stdout == "20260910-01\n", "\(visit.stdout)\(visit.stderr)")
        let visits = try CLI.run(["visit", "list", "c.yaml", "--format", "json"], in: town.dir).stdout
        #expect(visits.contains("王大山") && visits.contains("\"time\": \"09:00\""), "\(visits)")
        let json = try CLI.run(["appointment", "list", "c.yaml", "--format", "json"], in: town.dir).stdout
        #expect(json.contains("\"status\": \"已接待\""), "\(json)")
        let again = try CLI.run(["visit", "add", "c.yaml", "v.yaml", "--appointment", "Y20260910-01"], in: town.dir)
        #expect(again.status == 1 && again.stderr.contains("不是“已预约”"), "\(again.stderr)")
        #expect(try CLI.run(["visit", "list", "c.yaml"], in: town.dir).stdout.components(separatedBy: "\n").count == 3)
    }
}

extension AppointmentTests {
    @Test(
        "a leave that moves a booked day: the change report and index.html name the appointment, --moved says whom to call"
    )
    func leaveMovesAppointment() throws {
        let town = try Town.afterFirstBuild()
        let booked = try #require(try town.roster()["2026-09-10"])
        #expect(try Self.add(Self.appointment(), in: town.dir).status == 0)
        try town.giveLeave(booked, on: "2026-09-10")
        try town.reissue("2026-09-08")
        let rebuilt = try town.build()
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.contains("  要改约的约访（1个）：\n    Y20260910-01 9月10日（星期四） 09:00：原约"), "\(rebuilt.stdout)")
        let index = try town.page("index.html")
        #expect(index.contains("<li>Y20260910-01　9月10日（星期四） 09:00：原约"), "index.html does not name it")
        #expect(!index.contains("王大山") && !index.contains("13900000001"), "petitioner data in the build's files")
        let moved = try CLI.run(["appointment", "list", "c.yaml", "--moved"], in: town.dir).stdout
        #expect(moved.contains("Y20260910-01") && moved.contains("王大山") && moved.contains("13900000001"), "\(moved)")
    }
}
