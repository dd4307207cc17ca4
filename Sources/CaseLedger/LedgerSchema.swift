import GRDB

/// The ledger's tables, in versioned migrations. A ledger that has a migration this build does
/// not know was written by a newer jiefang, and is refused.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: visits, cases, progress, events") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "visit") { t in
                t.primaryKey("number", .text)
                t.column("date", .text).notNull().indexed()
                t.column("time", .text).notNull()
                t.column("channel", .text).notNull()
                t.column("method", .text).notNull()
                t.column("persons", .integer).notNull().check { $0 >= 1 }
                t.column("name", .text).notNull()
                t.column("idNumber", .text).indexed()
                t.column("phone", .text)
                t.column("address", .text)
                t.column("place", .text)
                t.column("category", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("request", .text).notNull()
                t.column("opinion", .text)
                t.column("disposition", .text).notNull()
                t.column("reason", .text)
                t.column("leader", .text).notNull()
                t.column("repeatOf", .text).references("visit")
                t.column("caseNumber", .text)
            }
            try db.create(table: "petitionCase") { t in
                t.primaryKey("number", .text).references("visit")
                t.column("leader", .text).notNull().indexed()
                t.column("unit", .text)
                t.column("accepted", .text).notNull()
                t.column("notifyBy", .text).notNull()
                t.column("finishBy", .text).notNull()
                t.column("extendedTo", .text)
                t.column("extensionDays", .integer)
                t.column("approver", .text)
                t.column("extensionReason", .text)
                t.column("status", .text).notNull().indexed()
                t.column("result", .text)
                t.column("replyDate", .text)
                t.column("satisfaction", .text)
                t.column("followUp", .text)
                t.column("stopped", .boolean)
            }
            try db.create(table: "progress") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseNumber", .text).notNull().indexed().references("petitionCase")
                t.column("date", .text).notNull()
                t.column("by", .text).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .text).notNull()
                t.column("by", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("number", .text).notNull().indexed()
                t.column("field", .text).notNull()
                t.column("old", .text)
                t.column("new", .text)
            }
            try db.create(index: "visit_by_name_and_phone", on: "visit", columns: ["name", "phone"])
            try db.create(index: "visit_by_case", on: "visit", columns: ["caseNumber"])
            // History is appended, never rewritten.
            try db.execute(
                sql: """
                    CREATE TRIGGER event_never_updated BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never changed'); END;
                    CREATE TRIGGER event_never_deleted BEFORE DELETE ON event
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never deleted'); END;
                    CREATE TRIGGER visit_never_deleted BEFORE DELETE ON visit
                    BEGIN SELECT RAISE(ABORT, 'a visit is never deleted; record a correction'); END;
                    CREATE TRIGGER case_never_deleted BEFORE DELETE ON petitionCase
                    BEGIN SELECT RAISE(ABORT, 'a case is never deleted; record a correction'); END;
                    """)
        }
        migrator.registerMigration("v2: accounts for the office's web page") { db in
            try db.create(table: "account") { t in
                t.primaryKey("name", .text)
                t.column("role", .text).notNull()
                t.column("leader", .text)
                t.column("passwordHash", .text).notNull()
                t.column("active", .boolean).notNull().defaults(to: true)
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER account_never_deleted BEFORE DELETE ON account
                    BEGIN SELECT RAISE(ABORT, 'an account is never deleted; it is removed from use'); END;
                    """)
        }
        migrator.registerMigration("v3: every case action on its business day") { db in
            try db.alter(table: "petitionCase") { t in
                t.add(column: "extendedOn", .text)
                t.add(column: "closedOn", .text)
            }
            try db.create(table: "caseStep") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseNumber", .text).notNull().indexed().references("petitionCase")
                t.column("kind", .text).notNull()
                t.column("date", .text).notNull()
                t.column("result", .text)
                t.column("replyDate", .text)
                t.column("satisfaction", .text)
                t.column("followUp", .text)
                t.column("stopped", .boolean)
                t.column("reason", .text)
            }
            // Ledgers written before business days were kept: the reply date is the best record
            // of when a case was closed, the acceptance of when it was extended.
            try db.execute(
                sql: """
                    UPDATE petitionCase SET closedOn = replyDate WHERE status = 'closed';
                    UPDATE petitionCase SET extendedOn = accepted WHERE extendedTo IS NOT NULL;
                    INSERT INTO caseStep (caseNumber, kind, date, result, replyDate, satisfaction, followUp, stopped)
                        SELECT number, 'close', replyDate, result, replyDate, satisfaction, followUp, stopped
                        FROM petitionCase WHERE status = 'closed';
                    CREATE TRIGGER case_step_never_updated BEFORE UPDATE ON caseStep
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never changed'); END;
                    CREATE TRIGGER case_step_never_deleted BEFORE DELETE ON caseStep
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never deleted'); END;
                    """)
        }
        migrator.registerMigration("v4: 告知, the petitioner told within the notify days") { db in
            try db.create(table: "notice") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("visitNumber", .text).notNull().unique().references("visit")
                t.column("date", .text).notNull()
                t.column("method", .text).notNull()
                t.column("by", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER notice_never_updated BEFORE UPDATE ON notice
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never changed'); END;
                    CREATE TRIGGER notice_never_deleted BEFORE DELETE ON notice
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never deleted'); END;
                    """)
        }
        migrator.registerMigration("v5: a visit marked a new matter") { db in
            try db.alter(table: "visit") { t in t.add(column: "newMatter", .boolean).notNull().defaults(to: false) }
        }
        migrator.registerMigration("v6: letters to the petitioner, numbered by year") { db in
            try db.create(table: "letter") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("year", .integer).notNull()
                t.column("seq", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("visitNumber", .text).notNull().references("visit")
                t.column("date", .text).notNull()
                t.column("by", .text).notNull()
                t.uniqueKey(["year", "seq"])
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER letter_never_updated BEFORE UPDATE ON letter
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never changed'); END;
                    CREATE TRIGGER letter_never_deleted BEFORE DELETE ON letter
                    BEGIN SELECT RAISE(ABORT, 'the ledger history is never deleted'); END;
                    """)
        }
        migrator.registerMigration("v7: web sessions by the hash of their token, so a restart keeps them") { db in
            try db.create(table: "session") { t in
                t.primaryKey("tokenHash", .text)
                t.column("account", .text).notNull().references("account").indexed()
                t.column("csrf", .text).notNull()
                t.column("started", .text).notNull()
                t.column("lastSeen", .text).notNull()
            }
        }
        migrator.registerMigration("v8: appointments (约访), booked into slots of the reception hours") { db in
            try db.create(table: "appointment") { t in
                t.primaryKey("number", .text)
                t.column("date", .text).notNull()
                t.column("time", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("leader", .text).notNull()
                t.column("name", .text).notNull()
                t.column("phone", .text).notNull()
                t.column("idNumber", .text)
                t.column("topic", .text).notNull()
                t.column("request", .text).notNull()
                t.column("status", .text).notNull()
                t.column("cancelReason", .text)
                t.column("visitNumber", .text).references("visit")
            }
            try db.create(index: "appointment_slot", on: "appointment", columns: ["date", "time", "leader"])
        }
        migrator.registerMigration("v9: reminders sent to the office's group robots, once each") { db in
            try db.create(table: "reminder") { t in
                t.primaryKey("key", .text)
                t.column("robot", .text).notNull()
                t.column("sentAt", .text).notNull()
            }
        }
        return migrator
    }
}
