import CampaignSpec
import CaseLedger
import Rendering

/// The summary's charts as numbers: the templates draw them as inline SVG, without JavaScript,
/// so they print as they show. Coordinates are whole or one-decimal numbers in SVG units.
enum Charts {
    static let width = 680.0

    static func number(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    // MARK: Intake per day, the phases shaded

    struct Intake: Sendable {
        var bars: [(x: Double, y: Double, width: Double, height: Double, count: Int, date: String)] = []
        var phases: [(x: Double, width: Double, name: String, isEven: Bool)] = []
        var peak = 0
        var firstDay = "", lastDay = ""
    }

    /// The peak's label on its own line above the phase bands, the phases' names inside the bands
    /// above the tallest bar: no label runs into another.
    static let left = 40.0, top = 46.0, plotHeight = 150.0

    static func intake(_ s: LedgerSnapshot) -> Intake {
        var chart = Intake()
        let first = s.campaign.firstDay, last = s.campaign.lastDay
        let days = max(1, last.dayNumber - first.dayNumber + 1)
        let step = (width - left - 10) / Double(days)
        var perDay = [Int](repeating: 0, count: days)
        for v in s.visits {
            guard let d = CivilDate(iso: v.date), d >= first, d <= last else { continue }
            perDay[d.dayNumber - first.dayNumber] += 1
        }
        chart.peak = perDay.max() ?? 0
        for (i, n) in perDay.enumerated() where n > 0 {
            let h = plotHeight * Double(n) / Double(max(1, chart.peak))
            chart.bars.append(
                (
                    left + Double(i) * step + step * 0.1, top + plotHeight - h, step * 0.8, h, n,
                    first.adding(days: i).chineseMonthDay
                ))
        }
        for (i, p) in s.campaign.phases.enumerated() {
            let from = max(0, p.start.dayNumber - first.dayNumber),
                to = min(days - 1, p.end.dayNumber - first.dayNumber)
            guard from <= to else { continue }
            chart.phases.append((left + Double(from) * step, Double(to - from + 1) * step, p.name, i % 2 == 0))
        }
        chart.firstDay = first.chineseMonthDay
        chart.lastDay = last.chineseMonthDay
        return chart
    }

    static let intakeView = TemplateView<Intake>([
        .text("width", "the chart's width") { _ in number(width) },
        .text("height", "the chart's height") { _ in number(top + plotHeight + 30) },
        .text("baseline", "the y of the axis") { _ in number(top + plotHeight) },
        .text("band_top", "the y where the phase bands start") { _ in number(top - 18) },
        .text("band_height", "the phase bands' height") { _ in number(plotHeight + 18) },
        .text("name_y", "the baseline of the phases' names, inside the bands above the bars") { _ in number(top - 5) },
        .text("peak_y", "the baseline of the peak's label, above the bands") { _ in number(top - 26) },
        .text("left", "the x of the axis") { _ in number(left) },
        .text("label_y", "the y of the day labels") { _ in number(top + plotHeight + 16) },
        .text("right", "the x where the plot ends") { _ in number(width - 10) },
        .text("peak", "the most visits in a day") { String($0.peak) },
        .text("first_day", "the campaign's first day, as 9月1日") { $0.firstDay },
        .text("last_day", "its last day") { $0.lastDay },
        .list(
            "bars", "one bar a day with visits",
            TemplateView<(x: Double, y: Double, width: Double, height: Double, count: Int, date: String)>([
                .text("x", "left edge") { number($0.x) }, .text("y", "top edge") { number($0.y) },
                .text("width", "width") { number($0.width) }, .text("height", "height") { number($0.height) },
                .text("count", "visits that day") { String($0.count) }, .text("date", "the day, as 9月8日") { $0.date },
            ])
        ) { $0.bars },
        .list(
            "phases", "one band a phase, behind the bars",
            TemplateView<(x: Double, width: Double, name: String, isEven: Bool)>([
                .text("x", "left edge") { number($0.x) }, .text("width", "width") { number($0.width) },
                .text("name", "the phase's name") { $0.name },
                .text("label_x", "where its name goes") { number($0.x + 4) },
                .flag("is_even", "every other band, for alternating shades") { $0.isEven },
            ])
        ) { $0.phases },
    ])

    // MARK: Horizontal bars: cases by category

    struct Bars: Sendable {
        var rows: [(y: Double, width: Double, label: String, count: Int)] = []
    }

    static let labelWidth = 110.0, rowHeight = 26.0

    static func bars(_ counts: [(String, Int)]) -> Bars {
        let peak = max(1, counts.map(\.1).max() ?? 1)
        return Bars(
            rows: counts.enumerated().map { i, c in
                (Double(i) * rowHeight + 8, (width - labelWidth - 60) * Double(c.1) / Double(peak), c.0, c.1)
            })
    }

    static let barsView = TemplateView<Bars>([
        .text("width", "the chart's width") { _ in number(width) },
        .text("height", "the chart's height") { number(Double($0.rows.count) * rowHeight + 16) },
        .text("bar_x", "where the bars start") { _ in number(labelWidth) },
        .list(
            "rows", "one bar a category",
            TemplateView<(y: Double, width: Double, label: String, count: Int)>([
                .text("y", "top edge") { number($0.y) }, .text("width", "length") { number($0.width) },
                .text("height", "thickness") { _ in number(rowHeight - 8) },
                .text("text_y", "the baseline of its label") { number($0.y + rowHeight / 2 + 1) },
                .text("label", "the category") { $0.label }, .text("count", "cases") { String($0.count) },
                .text("count_x", "where the count goes") { number(labelWidth + $0.width + 6) },
            ])
        ) { $0.rows },
    ])

    // MARK: Stacked bars: cases by leader and status

    struct Stacks: Sendable {
        var rows: [(y: Double, open: Int, closed: Int, openWidth: Double, closedWidth: Double, label: String)] = []
    }

    static func stacks(_ s: LedgerSnapshot) -> Stacks {
        let ids = ReportViews.leaders(s).map(\.id)
        let totals = ids.map { id in s.cases.filter { $0.leader == id }.count }
        let unit = (width - labelWidth - 120) / Double(max(1, totals.max() ?? 1))
        return Stacks(
            rows: ids.enumerated().map { i, id in
                let open = s.cases.filter { $0.leader == id && $0.isOpen }.count
                let closed = s.cases.filter { $0.leader == id && !$0.isOpen }.count
                return (
                    Double(i) * rowHeight + 8, open, closed, Double(open) * unit, Double(closed) * unit,
                    s.leaderName(id)
                )
            })
    }

    static let stackView = TemplateView<Stacks>([
        .text("width", "the chart's width") { _ in number(width) },
        .text("height", "the chart's height") { number(Double($0.rows.count) * rowHeight + 16) },
        .text("bar_x", "where the bars start") { _ in number(labelWidth) },
        .list(
            "rows", "one stacked bar a 包案 leader: closed cases, then open ones",
            TemplateView<(y: Double, open: Int, closed: Int, openWidth: Double, closedWidth: Double, label: String)>([
                .text("y", "top edge") { number($0.y) },
                .text("height", "thickness") { _ in number(rowHeight - 8) },
                .text("text_y", "the baseline of its label") { number($0.y + rowHeight / 2 + 1) },
                .text("label", "the leader") { $0.label },
                .text("closed_width", "length of the closed part") { number($0.closedWidth) },
                .text("open_x", "where the open part starts") { number(labelWidth + $0.closedWidth) },
                .text("open_width", "length of the open part") { number($0.openWidth) },
                .text("closed", "closed cases") { String($0.closed) },
                .text("open", "open cases") { String($0.open) },
                .text("count_x", "where the counts go") { number(labelWidth + $0.closedWidth + $0.openWidth + 6) },
            ])
        ) { $0.rows },
    ])
}
