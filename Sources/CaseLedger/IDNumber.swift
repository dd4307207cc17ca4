import Diagnostics

/// Resident ID numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character.
public enum IDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checks: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Why `text` is not a valid 18-character ID number, or nil when it is.
    public static func problem(_ text: String) -> Phrase? {
        let chars = Array(text.uppercased())
        guard chars.count == 18 else {
            return Phrase(
                zh: "身份证号应有18位，这个是\(chars.count)位", en: "an ID number has 18 characters, this one \(chars.count)")
        }
        var sum = 0
        for (i, c) in chars.prefix(17).enumerated() {
            guard let digit = c.wholeNumberValue, c.isASCII else {
                return Phrase(zh: "身份证号的前17位应是数字", en: "the first 17 characters of an ID number are digits")
            }
            sum += digit * weights[i]
        }
        let expected = checks[sum % 11]
        guard chars[17] == expected else {
            return Phrase(
                zh: "最后一位校验码是“\(chars[17])”，按前17位应是“\(expected)”（GB 11643），请核对",
                en: "the check character is '\(chars[17])', but the first 17 digits call for '\(expected)' (GB 11643)")
        }
        return nil
    }

    /// The number as lists show it: the first three and last four characters, as 110***********1234.
    public static func masked(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 7 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(3)) + String(repeating: "*", count: chars.count - 7) + String(chars.suffix(4))
    }
}
