extension CivilDate {
    public static let chineseWeekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]

    /// 星期一.
    public var chineseWeekday: String { CivilDate.chineseWeekdays[weekday] }

    /// 9月7日.
    public var chineseMonthDay: String { "\(month)月\(day)日" }

    /// 9月7日（星期一）.
    public var chineseWithWeekday: String { "\(chineseMonthDay)（\(chineseWeekday)）" }

    /// 2026年9月7日.
    public var chineseFull: String { "\(year)年\(month)月\(day)日" }
}
