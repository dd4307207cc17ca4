import CampaignSpec
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseLedger
@testable import OfficeWeb

/// SPEC §12 on the web page: the day's register lists its appointments and records one as a
/// visit; a leader's page lists theirs; never a phone or an ID number.
@Suite("Appointments on the web page")
struct AppointmentPageTests {
    typealias Fixture = OfficeServerTests

    static func book(_ ledger: Ledger, time: String, kind: String, leader: String, name: String) throws -> Appointment {
        try ledger.book(
            Appointment(
                number: "", date: "2026-09-10", time: time, kind: kind, leader: leader, name: name,
                phone: "13911112222",
                idNumber: "11010519491231002X", topic: "涉农", request: "宅基地纠纷", status: .booked, cancelReason: nil,
                visitNumber: nil), perSlot: 2, candidates: [], by: "t")
    }

    @Test("the register lists the day's appointments and records one as a visit, marking it kept")
    func registerReceivesAppointment() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        let booked = try Self.book(server.ledger, time: "09:00", kind: "群众约访", leader: "liu-fang", name: "王大山")
        try await Application(router: server.router()).test(.router) { client in
            let (cookie, token) = try await Fixture.signIn(client, "王干事", "office-password")
            let list = try await client.execute(
                uri: "/register?date=2026-09-10", method: .get, headers: [.cookie: cookie]
            ) { String(buffer: $0.body) }
            #expect(
                list.contains("<td>09:00</td><td>王大山</td>") && list.contains("appointment=\(booked.number)"), "\(list)")
            #expect(!list.contains("13911112222") && !list.contains("11010519491231002X"))
            let form = try await client.execute(
                uri: "/register?date=2026-09-10&appointment=\(booked.number)", method: .get, headers: [.cookie: cookie]
            ) { String(buffer: $0.body) }
            #expect(form.contains("value=\"王大山\"") && form.contains("name=\"appointment\" value=\"\(booked.number)\""))
            let fields = [
                "csrf": token, "appointment": booked.number, "category": "申诉求决", "disposition": "当场答复",
                "date": "2026-09-10", "seen_earlier": "yes",
            ]
            try await client.execute(
                uri: "/register", method: .post, headers: Fixture.formHeaders(cookie), body: Fixture.form(fields)
            ) { #expect($0.status == .seeOther, "\(String(buffer: $0.body))") }
        }
        let kept = try server.ledger.appointment(booked.number)
        #expect(kept.status == .kept && kept.visitNumber != nil)
        #expect(try server.ledger.visit(kept.visitNumber ?? "")?.name == "王大山")
    }

    @Test("a leader's page lists their own appointments only, without phones or ID numbers")
    func leaderSeesTheirs() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        _ = try Self.book(server.ledger, time: "10:00", kind: "重点约访", leader: "li-ming", name: "赵老汉")
        _ = try Self.book(server.ledger, time: "10:30", kind: "群众约访", leader: "liu-fang", name: "钱大嫂")
        try await Application(router: server.router()).test(.router) { client in
            let (cookie, _) = try await Fixture.signIn(client, "李明", "leader-password")
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) {
                String(buffer: $0.body)
            }
            #expect(page.contains("10:00 赵老汉（涉农，重点约访"), "\(page)")
            #expect(!page.contains("钱大嫂") && !page.contains("13911112222") && !page.contains("11010519491231002X"))
            // Their calendar carries it too, as an event of its slot.
            let calendar = try await client.execute(uri: "/calendar.ics", method: .get, headers: [.cookie: cookie]) {
                String(buffer: $0.body)
            }
            #expect(calendar.contains("SUMMARY:重点约访：赵老汉（涉农）\r\n"), "\(calendar)")
            #expect(
                calendar.contains(
                    "DTSTART;TZID=Asia/Shanghai:20260910T100000\r\nDTEND;TZID=Asia/Shanghai:20260910T103000"))
            #expect(
                !calendar.contains("钱大嫂") && !calendar.contains("13911112222")
                    && calendar.hasSuffix("END:VCALENDAR\r\n"))
        }
    }
}

extension AppointmentPageTests {
    @Test(
        "the office books on the page, sees the phone to call, is refused a full slot beside the time; a leader gets 404"
    )
    func officeBooks() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        try await Application(router: server.router()).test(.router) { client in
            let (cookie, token) = try await Fixture.signIn(client, "王干事", "office-password")
            let fields = [
                "csrf": token, "date": "2026-09-11", "time": "09:00", "kind": "群众约访", "petitioner.name": "孙大爷",
                "petitioner.phone": "13933334444", "topic": "涉农", "request": "灌溉水渠堵塞",
            ]
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/appointments", method: .post, headers: Fixture.formHeaders(cookie),
                    body: Fixture.form(fields)
                ) {
                    #expect(
                        $0.status == .seeOther
                            && $0.headers[.location]?.hasPrefix("/appointments?added=Y20260911-") == true)
                }
            }
            try await client.execute(
                uri: "/appointments", method: .post, headers: Fixture.formHeaders(cookie), body: Fixture.form(fields)
            ) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .unprocessableContent)
                #expect(page.contains("时间：2026-09-11 09:00这一时段已约满（每时段2人）"), "\(page)")
            }
            let page = try await client.execute(uri: "/appointments", method: .get, headers: [.cookie: cookie]) {
                String(buffer: $0.body)
            }
            #expect(page.contains("<td>孙大爷</td><td>13933334444</td>"), "\(page)")
            let (leaderCookie, _) = try await Fixture.signIn(client, "李明", "leader-password")
            try await client.execute(uri: "/appointments", method: .get, headers: [.cookie: leaderCookie]) {
                #expect($0.status == .notFound)
            }
        }
        #expect(try server.ledger.appointments().count == 2)
    }
}
