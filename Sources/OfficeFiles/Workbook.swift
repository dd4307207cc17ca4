import Diagnostics
import Foundation

/// The first sheet of an Excel workbook (.xlsx) as text: shared and inline strings, numbers as
/// Excel shows their digits (a phone number stored as a number keeps every digit), dates stored
/// as Excel serials in ISO form, TRUE/FALSE as true/false. Every problem names the cell.
public struct SheetTable: Sendable {
    public let file: String
    public let sheet: String
    /// Every row from the first to the last that holds anything, each as wide as the widest row;
    /// an empty cell is empty text at its own place.
    public let rows: [[TableCell]]

    /// The first sheet, or the one named `preferred` when the workbook has it.
    public static func read(
        _ bytes: [UInt8], file: String, preferring preferred: String? = nil
    ) -> Result<SheetTable, Diagnostic> {
        let parts: [String: [UInt8]]
        switch ZipArchive.read(bytes, file: file) {
        case .success(let read): parts = read
        case .failure(let problem): return .failure(problem)
        }
        let reader = WorkbookReader(file: file, parts: parts)
        do {
            return .success(try reader.sheet(preferring: preferred))
        } catch {
            return .failure(error)
        }
    }
}

/// Reads the parts of a workbook: which sheet is first, its cells, the shared strings and the
/// cell styles that make a number a date.
struct WorkbookReader {
    let file: String
    let parts: [String: [UInt8]]

    func part(_ path: String, required: Bool = true) throws(Diagnostic) -> XMLElement? {
        guard let bytes = parts[path] else {
            if required { throw damaged(Phrase(zh: "缺少部件“\(path)”", en: "it has no part '\(path)'")) }
            return nil
        }
        guard let element = XMLElement.parse(bytes) else {
            throw damaged(Phrase(zh: "部件“\(path)”不是规范的XML", en: "its part '\(path)' is not well-formed XML"))
        }
        return element
    }

    func damaged(_ why: Phrase) -> Diagnostic {
        .error(.workbookDamaged, ["why": why], at: SourceLocation(file: file))
    }

    func sheet(preferring preferred: String?) throws(Diagnostic) -> SheetTable {
        let sheets = try part("xl/workbook.xml")?.first("sheets")?.all("sheet") ?? []
        guard let sheet = sheets.first(where: { $0.attributes["name"] == preferred }) ?? sheets.first,
            let name = sheet.attributes["name"], let relation = sheet.attributes["id"]
        else { throw damaged(Phrase(zh: "没有工作表", en: "it names no sheet")) }
        let relations = try part("xl/_rels/workbook.xml.rels")
        guard
            let target = relations?.all("Relationship").first(where: { $0.attributes["Id"] == relation })?.attributes[
                "Target"]
        else { throw damaged(Phrase(zh: "第一个工作表“\(name)”没有内容部件", en: "its first sheet '\(name)' has no part")) }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let data = try part(path)?.first("sheetData") else {
            throw damaged(Phrase(zh: "工作表“\(name)”没有数据", en: "the sheet '\(name)' holds no data"))
        }
        let strings = try sharedStrings()
        let (dateStyles, timeStyles) = try self.dateStyles()
        var cells: [Int: [Int: String]] = [:]
        var width = 0
        var nextRow = 1
        for row in data.all("row") {
            let rowNumber = row.attributes["r"].flatMap(Int.init) ?? nextRow
            nextRow = rowNumber + 1
            var nextColumn = 1
            for cell in row.all("c") {
                let (r, c) = try reference(cell.attributes["r"], row: rowNumber, column: nextColumn, sheet: name)
                nextColumn = c + 1
                let at = SourceLocation(file: file, sheet: name, row: r, column: c)
                let text = try value(cell, strings: strings, dateStyles: dateStyles, timeStyles: timeStyles, at: at)
                guard !text.isEmpty else { continue }
                cells[r, default: [:]][c] = text
                width = max(width, c)
            }
        }
        let lastRow = cells.keys.max() ?? 0
        // Every row is filled out to the widest: a damaged reference far out must not make that millions of cells.
        guard lastRow * width <= 4_000_000 else {
            throw damaged(
                Phrase(
                    zh: "工作表“\(name)”声称有\(lastRow)行\(width)列",
                    en: "the sheet '\(name)' claims \(lastRow) rows of \(width) columns"))
        }
        let rows =
            lastRow == 0
            ? []
            : (1...lastRow).map { r in
                (1...max(1, width)).map { c in
                    TableCell(
                        text: cells[r]?[c] ?? "", at: SourceLocation(file: file, sheet: name, row: r, column: c))
                }
            }
        return SheetTable(file: file, sheet: name, rows: rows)
    }

    /// `C4` as row 4, column 3; a cell without a reference takes the next place in its row.
    func reference(_ text: String?, row: Int, column: Int, sheet: String) throws(Diagnostic) -> (Int, Int) {
        guard let text else { return (row, column) }
        var letters = 0, digits = ""
        for ch in text.uppercased() {
            if let a = ch.asciiValue, a >= 65, a <= 90, digits.isEmpty {
                letters = letters * 26 + Int(a - 64)
            } else if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                throw damaged(
                    Phrase(zh: "“\(sheet)”中有单元格的位置写成了“\(text)”", en: "a cell of '\(sheet)' has the reference '\(text)'")
                )
            }
        }
        guard letters > 0, letters <= 16384, let r = Int(digits), r >= 1, r <= 1_048_576 else {
            throw damaged(
                Phrase(zh: "“\(sheet)”中有单元格的位置写成了“\(text)”", en: "a cell of '\(sheet)' has the reference '\(text)'"))
        }
        return (r, letters)
    }

    func sharedStrings() throws(Diagnostic) -> [String] {
        guard let table = try part("xl/sharedStrings.xml", required: false) else { return [] }
        // Phonetic guides (<rPh>) are not part of the text.
        return table.all("si").map { item in item.descendants("t", skipping: ["rPh"]).map(\.text).joined() }
    }

    /// Which cell styles (by index) show a number as a date, and which as a time of day.
    func dateStyles() throws(Diagnostic) -> (dates: Set<Int>, times: Set<Int>) {
        guard let styles = try part("xl/styles.xml", required: false) else { return ([], []) }
        var dateFormats = Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57, 58])
        var timeFormats = Set([18, 19, 20, 21, 45, 46, 47])
        for format in styles.first("numFmts")?.all("numFmt") ?? [] {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"]
            else { continue }
            // A date has a year or day code outside quotes and brackets; a time an hour code.
            var quoted = false, bracketed = false, isDate = false, isTime = false
            for ch in code.lowercased() {
                if ch == "\"" {
                    quoted.toggle()
                } else if ch == "[" {
                    bracketed = true
                } else if ch == "]" {
                    bracketed = false
                } else if !quoted && !bracketed {
                    if ch == "y" || ch == "d" { isDate = true }
                    if ch == "h" { isTime = true }
                }
            }
            dateFormats.remove(id)
            timeFormats.remove(id)
            if isDate { dateFormats.insert(id) } else if isTime { timeFormats.insert(id) }
        }
        let formats = styles.first("cellXfs")?.all("xf").map { $0.attributes["numFmtId"].flatMap(Int.init) ?? 0 } ?? []
        return (
            Set(formats.indices.filter { dateFormats.contains(formats[$0]) }),
            Set(formats.indices.filter { timeFormats.contains(formats[$0]) })
        )
    }

    func value(
        _ cell: XMLElement, strings: [String], dateStyles: Set<Int>, timeStyles: Set<Int>, at: SourceLocation
    ) throws(Diagnostic) -> String {
        let raw = cell.first("v")?.text ?? ""
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let index = Int(raw), strings.indices.contains(index) else {
                throw Diagnostic.error(.workbookCell, ["index": "\(raw)", "count": "\(strings.count)"], at: at)
            }
            return strings[index]
        case "inlineStr":
            return cell.first("is").map { $0.descendants("t", skipping: ["rPh"]).map(\.text).joined() } ?? ""
        case "str", "e":
            return raw
        case "b":
            return raw == "1" ? "true" : "false"
        default:
            guard !raw.isEmpty else { return "" }
            guard let number = Double(raw) else {
                throw Diagnostic.error(.workbookNumber, ["raw": "\(raw)"], at: at)
            }
            if let style = cell.attributes["s"].flatMap(Int.init) {
                if dateStyles.contains(style) { return ExcelDate.iso(serial: number) ?? raw }
                if timeStyles.contains(style) { return ExcelDate.time(fraction: number) }
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return raw
        }
    }
}

/// Excel's date serials (the 1900 system): 1 is 1900-01-01, and 60 the 29 February 1900 that
/// never was, so from 61 on a serial counts days from 1899-12-30.
public enum ExcelDate {
    public static func iso(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        let fromEpoch = (days < 61 ? days + 1 : days) - 25_569  // days from 1970-01-01
        let date = Date(timeIntervalSince1970: Double(fromEpoch) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// A time of day stored as the fraction of a day, as HH:MM (to the nearest minute).
    public static func time(fraction: Double) -> String {
        let minutes = Int((fraction - fraction.rounded(.down)) * 1440 + 0.5) % 1440
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// The serial of an ISO date, for writing dates Excel shows as dates.
    public static func serial(iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return nil
        }
        return Int((date.timeIntervalSince1970 / 86_400).rounded()) + 25_569
    }
}
