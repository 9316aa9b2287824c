/// The fixes the citation rules can be sure of: the catalog's own number or date, when the
/// catalog checked it against a source (`primary` or `secondary`).
extension RuleContext {
  /// "Quyết định số 749/NQ-TTg" → "749/QĐ-TTg": a missing or contradicting type code, when the
  /// catalog's only near match for the number is a checked entry.
  func numberFix(for citation: Citation, problem: CitationProblem) -> Fix? {
    let suggestion: LegalDocument?
    switch problem {
    case .missingTypeCode(_, let document), .contradictingTypeCode(_, let document): suggestion = document
    default: return nil
    }
    guard let document = suggestion, document.verification.isTrusted, let right = document.number, let number = citation.number
    else { return nil }
    return fix([replacement(at: citation.place, characters: number.characters, with: right)])
  }

  /// "ngày 09/3/2020" → "ngày 07/3/2019" for 17/NQ-CP: the catalog's checked date, written in
  /// the plan's own style (separator, leading zeros).
  func dateFix(for citation: Citation, to date: CivilDate, review: LegalReview) -> Fix? {
    guard let cited = citation.date, let text = cited.value.rewritten(as: date, style: DateStyle(review)) else { return nil }
    return fix([replacement(at: citation.place, characters: cited.characters, with: text)])
  }
}

/// How a plan writes the day and month below 10 in numeric dates ("07/3/2019": the day padded,
/// the month not), learned from its citations; nil where the plan never shows it.
struct DateStyle {
  var padsDay: Bool?
  var padsMonth: Bool?

  init(padsDay: Bool? = nil, padsMonth: Bool? = nil) {
    self.padsDay = padsDay
    self.padsMonth = padsMonth
  }

  /// The majority among the plan's numeric citation dates (a tie says nothing).
  init(_ review: LegalReview) {
    var day = 0
    var month = 0
    for citation in review.citations {
      guard let parts = citation.date?.value.numericParts else { continue }
      if let value = Int(parts.day), value < 10 { day += parts.day.count == 2 ? 1 : -1 }
      if let value = Int(parts.month), value < 10 { month += parts.month.count == 2 ? 1 : -1 }
    }
    padsDay = day == 0 ? nil : day > 0
    padsMonth = month == 0 ? nil : month > 0
  }
}

extension CitationDate {
  /// "09/3/2020" as ("09", "/", "3", "2020"): a numeric date without spaces and with a
  /// four-digit year; nil for other forms ("10 tháng 4 năm 2007", "27/ 9/2019").
  var numericParts: (day: String, separator: Character, month: String, year: String)? {
    let separators = text.filter { "/-.".contains($0) }
    guard let separator = separators.first, separators.count == 2, separators.allSatisfy({ $0 == separator }) else { return nil }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4
    else { return nil }
    return (parts[0], separator, parts[1], parts[2])
  }

  /// `date` written like this date: the same separator; a day or month below 10 padded when
  /// this date pads it (a one-digit component), else as the plan mostly does, else as this
  /// date's component is long. Nil when this date is not a plain numeric one.
  func rewritten(as date: CivilDate, style: DateStyle) -> String? {
    guard let parts = numericParts else { return nil }
    func component(_ value: Int, written: String, planPads: Bool?) -> String {
      let pads: Bool
      if let writtenValue = Int(written), writtenValue < 10 {
        pads = written.count == 2
      } else {
        pads = planPads ?? (written.count == 2)
      }
      return value < 10 && pads ? "0\(value)" : "\(value)"
    }
    let day = component(date.day, written: parts.day, planPads: style.padsDay)
    let month = component(date.month, written: parts.month, planPads: style.padsMonth)
    return "\(day)\(parts.separator)\(month)\(parts.separator)\(date.year)"
  }
}
