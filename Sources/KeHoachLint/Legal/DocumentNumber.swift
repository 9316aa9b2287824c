/// A document's number and symbol (số, ký hiệu) as cited: `64/2007/NĐ-CP`, `749/QĐ-TTg`,
/// `2606/BTTTT-THH`, `30c/NQ-CP`, `86/2015/QH13`, the Party's `52-NQ/TW`, or an incomplete
/// `45/2020` (number and year, symbol missing).
public struct DocumentNumber: Sendable, Hashable {
  public enum Form: String, Sendable, Hashable, Codable {
    /// `number[/year]/SYMBOL-GROUPS` (Luật Ban hành VBQPPL 2015 Điều 10; Nghị định 30/2020/NĐ-CP Phụ lục I).
    case state
    /// `number-TYPE/ISSUER`, the Party's form.
    case party
    /// `number/year` with no symbol.
    case incomplete
  }

  /// As written.
  public let text: String
  /// The order number with its letter, as written ("30c", "02").
  public let ordinal: String
  /// The year inside the number (legal documents: `64/2007/NĐ-CP`).
  public let year: Int?
  /// The symbol's groups, folded upper case: ["ND", "CP"]; the Party's ["NQ", "TW"].
  public let groups: [String]
  public let form: Form

  /// The type code the number carries ("QD", "ND", "QH" for any Quốc hội term), if any.
  public var typeCode: String? {
    switch form {
    case .state: groups.first.flatMap(TypeCodes.code(of:))
    case .party: groups.first
    case .incomplete: nil
    }
  }

  /// The groups that name the issuer ("TTG" in 749/QĐ-TTg, "BTTTT", "THH" in 2606/BTTTT-THH).
  public var issuerGroups: [String] {
    switch form {
    case .state: typeCode == nil ? groups : Array(groups.dropFirst())
    case .party: Array(groups.dropFirst())
    case .incomplete: []
    }
  }

  /// The comparison key: folded, upper case, leading zeros of the order number dropped
  /// ("02/NQ-CP" = "2/NQ-CP", "QĐ-Ttg" = "QĐ-TTg").
  public var key: String {
    DocumentNumber.key(ordinal: ordinal, year: year, groups: groups, form: form)
  }

  /// The order number without its letter ("30" of "30c").
  var ordinalValue: Int? { Int(ordinal.prefix { $0.isNumber }) }

  static func key(ordinal: String, year: Int?, groups: [String], form: Form) -> String {
    let digits = ordinal.prefix { $0.isNumber }
    let letters = ordinal.dropFirst(digits.count)
    var key = String(Int(digits).map(String.init) ?? String(digits)) + letters.uppercased()
    switch form {
    case .state:
      if let year { key += "/\(year)" }
      key += "/" + groups.joined(separator: "-")
    case .party:
      key += "-" + (groups.first ?? "") + "/" + groups.dropFirst().joined(separator: "-")
    case .incomplete:
      if let year { key += "/\(year)" }
    }
    return key
  }

  /// Reads a number written alone ("64/2007/NĐ-CP" in a catalog); nil when it is not one.
  public init?(parsing text: String) {
    let scan = ScanText(text.trimmingSpaces())
    guard let (number, end) = DocumentNumber.scan(scan, at: 0, allowIncomplete: true), end == scan.count else { return nil }
    self = number
  }

  init(text: String, ordinal: String, year: Int?, groups: [String], form: Form) {
    self.text = text
    self.ordinal = ordinal
    self.year = year
    self.groups = groups
    self.form = form
  }

  /// The number starting at `start`, and where it ends. `allowIncomplete` accepts `45/2020`
  /// (only after a type word: alone it reads as a fraction or a date).
  static func scan(_ text: ScanText, at start: Int, allowIncomplete: Bool) -> (DocumentNumber, Int)? {
    guard let ordinalDigits = text.digits(at: start, maximum: 6) else { return nil }
    var position = ordinalDigits.end
    // "30c", "36a": a lower-case letter or two glued to the number.
    var letters = 0
    while letters < 2, let scalar = text.character(position), scalar.isASCII, text.isLetter(position) {
      position += 1
      letters += 1
    }
    let ordinal = text.text(start..<position)
    guard let separator = text.character(position) else { return nil }
    if separator == "-" {
      guard let (typeGroup, typeEnd) = symbolGroup(text, at: position + 1, lettersOnly: true),
        text.character(typeEnd) == "/", let (issuer, end) = symbol(text, at: typeEnd + 1)
      else { return nil }
      let number = DocumentNumber(
        text: text.text(start..<end), ordinal: ordinal, year: nil, groups: [typeGroup] + issuer, form: .party)
      return (number, end)
    }
    guard separator == "/" else { return nil }
    if let year = text.digits(at: position + 1, maximum: 4), year.count == 4, !text.isLetter(year.end) {
      if text.character(year.end) == "/", let (groups, end) = symbol(text, at: year.end + 1) {
        let number = DocumentNumber(text: text.text(start..<end), ordinal: ordinal, year: year.value, groups: groups, form: .state)
        return (number, end)
      }
      guard allowIncomplete, letters == 0, !text.isWordCharacter(year.end), text.character(year.end) != "/" else { return nil }
      let number = DocumentNumber(
        text: text.text(start..<year.end), ordinal: ordinal, year: year.value, groups: [], form: .incomplete)
      return (number, year.end)
    }
    guard let (groups, end) = symbol(text, at: position + 1) else { return nil }
    return (DocumentNumber(text: text.text(start..<end), ordinal: ordinal, year: nil, groups: groups, form: .state), end)
  }

  /// Groups of letters and digits, each starting with a letter, joined by "-": "NĐ-CP", "QH13",
  /// "BTTTT-THH-ATTT".
  private static func symbol(_ text: ScanText, at start: Int) -> ([String], Int)? {
    var groups: [String] = []
    var position = start
    while let (group, end) = symbolGroup(text, at: position, lettersOnly: false) {
      groups.append(group)
      position = end
      guard text.character(position) == "-", text.isLetter(position + 1) else { break }
      position += 1
    }
    return groups.isEmpty ? nil : (groups, position)
  }

  private static func symbolGroup(_ text: ScanText, at start: Int, lettersOnly: Bool) -> (String, Int)? {
    guard text.isLetter(start) else { return nil }
    var position = start
    while position - start < 16, lettersOnly ? text.isLetter(position) : text.isWordCharacter(position) { position += 1 }
    guard !text.isWordCharacter(position) else { return nil }
    return (text.foldedText(start..<position).uppercased(), position)
  }
}
