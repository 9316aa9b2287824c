import Foundation

/// What is wrong in a configuration, baseline, rule pack or legal catalog file, in both
/// languages, naming the key or value; the error adds `file:line:column`. Decoding errors are
/// translated here from their cases, never from Foundation's English descriptions.
extension Messages {
  public enum FileProblem {
    /// The kind of value a key expects.
    public enum ValueKind: Sendable, Hashable {
      case text, number, boolean, list, textList, mapping, date, value

      var name: LocalizedText {
        switch self {
        case .text: LocalizedText(vi: "một chuỗi văn bản", en: "a text")
        case .number: LocalizedText(vi: "một số", en: "a number")
        case .boolean: LocalizedText(vi: "true hoặc false", en: "true or false")
        case .list: LocalizedText(vi: "một danh sách", en: "a list")
        case .textList: LocalizedText(vi: "một danh sách chuỗi văn bản", en: "a list of texts")
        case .mapping: LocalizedText(vi: "một bảng khóa: giá trị", en: "a mapping of keys to values")
        case .date: LocalizedText(vi: "một ngày dạng dd/mm/yyyy", en: "a date dd/mm/yyyy")
        case .value: LocalizedText(vi: "một giá trị hợp lệ", en: "a valid value")
        }
      }

      /// The kind of a Swift type a decoder expected.
      static func of(_ type: Any.Type) -> ValueKind {
        switch type {
        case is String.Type: return .text
        case is Int.Type, is Double.Type, is Decimal.Type: return .number
        case is Bool.Type: return .boolean
        case is [String].Type: return .textList
        default:
          let name = String(describing: type)
          if name.hasPrefix("Array") || name.hasPrefix("[") { return .list }
          if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return .mapping }
          return .value
        }
      }
    }

    public static let unreadable = LocalizedText(vi: "không đọc được tệp", en: "cannot read the file")
    public static let notUTF8 = LocalizedText(vi: "không phải văn bản UTF-8", en: "not UTF-8 text")
    public static let notAFolder = LocalizedText(vi: "không phải thư mục đọc được", en: "not a readable folder")

    /// A syntax error; `parser` is the YAML parser's own words, quoted.
    public static func syntax(_ parser: String) -> LocalizedText {
      LocalizedText(
        vi: "sai cú pháp YAML/JSON (bộ phân tích báo: “\(parser)”)", en: "YAML/JSON syntax error (the parser says: “\(parser)”)")
    }

    public static func duplicateKeys(_ keys: [String]) -> LocalizedText {
      let list = keys.joined(separator: ", ")
      return LocalizedText(vi: "khóa bị lặp: \(list)", en: "duplicated keys: \(list)")
    }

    public static func missingKey(_ key: String) -> LocalizedText {
      LocalizedText(vi: "thiếu khóa “\(key)”", en: "missing key “\(key)”")
    }

    /// A waiver lacks `key` (a rule, a reason, an approver).
    public static func waiverNeeds(_ key: String) -> LocalizedText {
      LocalizedText(
        vi: "miễn trừ (waivers:) thiếu “\(key)”: mỗi miễn trừ phải ghi quy tắc, lý do (reason) và người/văn bản chấp thuận (approved-by)",
        en: "the waiver (under waivers:) lacks “\(key)”: every waiver names its rule, its reason and who approved it (approved-by)")
    }

    public static func unknownKey(_ key: String, valid: [String]) -> LocalizedText {
      let list = valid.joined(separator: ", ")
      return LocalizedText(
        vi: "khóa “\(key)” không hợp lệ; các khóa hợp lệ: \(list)", en: "unknown key “\(key)”; valid keys: \(list)")
    }

    /// `path` holds a value of the wrong kind (a list where a text belongs, …).
    public static func typeMismatch(_ path: String, expected: ValueKind) -> LocalizedText {
      guard expected != .value else {
        return LocalizedText(vi: "giá trị của “\(path)” không đúng kiểu", en: "“\(path)” has a value of the wrong kind")
      }
      return LocalizedText(vi: "“\(path)” phải là \(expected.name.vi)", en: "“\(path)” should be \(expected.name.en)")
    }

    /// `value` is not one of `allowed`.
    public static func notOneOf(_ value: String, key: String, allowed: [String]) -> LocalizedText {
      let list = allowed.joined(separator: ", ")
      return LocalizedText(
        vi: "“\(key)”: “\(value)” không hợp lệ; chỉ dùng một trong: \(list)",
        en: "“\(key)”: “\(value)” is not one of: \(list)")
    }

    /// `value` (at `path`) cannot be read as what the key expects.
    public static func invalidValue(_ value: String?, path: String, expected: ValueKind = .value) -> LocalizedText {
      guard let value else {
        return LocalizedText(vi: "giá trị của “\(path)” không hợp lệ", en: "invalid value for “\(path)”")
      }
      guard expected != .value else {
        return LocalizedText(vi: "“\(path)”: “\(value)” không hợp lệ", en: "“\(path)”: “\(value)” is not valid")
      }
      return LocalizedText(
        vi: "“\(path)”: “\(value)” không hợp lệ (cần \(expected.name.vi))",
        en: "“\(path)”: “\(value)” is not valid (expected \(expected.name.en))")
    }

    public static func expectedMapping(withList key: String?) -> LocalizedText {
      guard let key else { return LocalizedText(vi: "cần một bảng khóa: giá trị", en: "expected a mapping") }
      return LocalizedText(vi: "cần một bảng khóa: giá trị có danh sách “\(key)”", en: "expected a mapping with a “\(key)” list")
    }

    public static let periodYears = LocalizedText(
      vi: "“period” là [năm đầu, năm cuối]", en: "“period” is [first year, last year]")

    public static func invalidRegex(_ pattern: String) -> LocalizedText {
      LocalizedText(vi: "biểu thức chính quy không hợp lệ: “\(pattern)”", en: "invalid regular expression: “\(pattern)”")
    }

    public static func notADocumentNumber(_ written: String) -> LocalizedText {
      LocalizedText(
        vi: "“\(written)” không phải số, ký hiệu văn bản (ví dụ 64/2007/NĐ-CP, 749/QĐ-TTg, 52-NQ/TW)",
        en: "“\(written)” is not a document number (e.g. 64/2007/NĐ-CP, 749/QĐ-TTg, 52-NQ/TW)")
    }

    public static let basisNeedsDocumentOrPhrases = LocalizedText(
      vi: "một căn cứ cần “document” hoặc “phrases”", en: "a basis needs “document” or “phrases”")
    public static let documentNeedsNumberOrNames = LocalizedText(
      vi: "một văn bản cần “number” hoặc “names”", en: "a document needs “number” or “names”")

    public static func shareBetweenZeroAndOne(_ key: String) -> LocalizedText {
      LocalizedText(vi: "“\(key)” nằm trong khoảng 0 đến 1", en: "“\(key)” is between 0 and 1")
    }

    public static func duplicateNumber(_ number: String, earlier: String) -> LocalizedText {
      LocalizedText(vi: "số “\(number)” đã có ở \(earlier)", en: "number “\(number)” is already listed at \(earlier)")
    }

    public static func unknownReplacement(_ number: String) -> LocalizedText {
      LocalizedText(
        vi: "replaced-by “\(number)” không phải số của văn bản nào trong danh mục; hãy thêm văn bản đó",
        en: "replaced-by “\(number)” is not a number in the catalog; add it")
    }

    public static func duplicateRuleID(_ id: String) -> LocalizedText {
      LocalizedText(vi: "mã quy tắc “\(id)” bị dùng hai lần", en: "rule id “\(id)” is used twice")
    }

    /// A rule instance whose guidance words make it an example list, set to send plans back.
    public static func exampleTooSevere(id: String, severity: Severity) -> LocalizedText {
      LocalizedText(
        vi:
          "quy tắc “\(id)” có strength: example (hướng dẫn chỉ nêu ví dụ, gợi ý) nên chỉ được mức info, không được \(severity.rawValue)",
        en: "rule “\(id)” has strength: example (the guidance only gives examples) so it may only be info, not \(severity.rawValue)")
    }

    /// A baseline file that cannot be read as one, with the cause.
    public static func notABaseline(_ reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        vi: "không phải tệp baseline của kehoach-lint: \(reason.vi)", en: "not a kehoach-lint baseline: \(reason.en)")
    }
  }
}
