import CampaignSpec
import Foundation

/// Values for the rota calendar that must not change between builds of the same campaign.
public enum ICalendarValues {
    /// DTSTAMP from the campaign's `issued` date, never the clock.
    public static func stamp(_ issued: CivilDate) -> String { issued.basic + "T000000Z" }

    /// Local time in Asia/Shanghai, e.g. 20260907T083000.
    public static func localTime(_ date: CivilDate, minute: Int) -> String {
        date.basic + "T" + two(minute / 60) + two(minute % 60) + "00"
    }

    /// Stable across builds: the same campaign, day and leader always give the same UID, so a
    /// phone updates an event rather than adding a second one.
    static func uid(_ campaign: Campaign, _ date: CivilDate, _ leaderID: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (campaign.title + "\u{0}" + campaign.organization).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\(date.basic)-\(leaderID)-\(String(repeating: "0", count: 16 - hex.count) + hex)@jiefang"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// Chinese numerals for section headings: 一, 二, … 十, 十一, … 九十九.
enum ChineseNumber {
    static func text(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return digits[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
