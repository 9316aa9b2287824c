/// What can be wrong with one citation. The legal rule kinds report these; the `citations`
/// table lists them as statuses. Each check is here once.
public enum CitationProblem: Sendable, Hashable {
  /// "Nghị định 45/2020": number and year without the symbol.
  case incompleteNumber(suggestion: LegalDocument?)
  /// "Quyết định số 2323/BTTTT-THH": the kind needs its type code ("QĐ") and has none.
  case missingTypeCode(expected: String, suggestion: LegalDocument?)
  /// "Công văn số 749/QĐ-TTg": the number's type code names another kind.
  case contradictingTypeCode(found: String, suggestion: LegalDocument?)
  /// "36/NQ-TW": a Party document written in the state's form (it is "36-NQ/TW").
  case partyNumberInStateForm(corrected: String)
  /// A date that names no day (31/02, month 13, a five-digit year).
  case impossibleDate(CitationDate.Problem)
  /// "64/2007/NĐ-CP ngày 10/4/2008": the year in the number and the date's year differ.
  case yearDiffersFromNumber(numberYear: Int)
  /// The same document cited with other dates elsewhere in the plan: each date as written with
  /// where it occurs ("09/3/2020 (178:12)").
  case conflictingDates([String])
  /// The catalog, from a checked source, gives another date.
  case dateDiffersFromCatalog(LegalDocument)
  /// Issued after the plan's own date (the cited date, or the catalog's for an undated citation).
  case issuedAfterPlan(issued: CivilDate, plan: CivilDate, fromCatalog: Bool)
  /// The catalog records a replacement in force at the plan's date.
  case replaced(LegalDocument, by: LegalDocument?)
  /// "52-NQ/TU của Bộ Chính trị": the symbol's issuer code is not the named body's
  /// (`legal/issuer-codes.yml`).
  case issuerSymbolMismatch(issuer: String, found: String, expected: [String])

  /// Folded type codes as documents print them.
  static func display(code: String) -> String {
    switch code {
    case "QD": "QĐ"
    case "ND": "NĐ"
    case "QH": "QH<khóa>"
    case "CTR": "CTr"
    default: code
    }
  }
}

extension LegalReview {
  /// The number's problem, if any: form first, then its type code against the type word.
  public func numberProblem(of citation: Citation, match: CatalogMatch) -> CitationProblem? {
    guard let number = citation.number?.value else { return nil }
    let suggestion = match.kind == .likely ? match.document : nil
    if number.form == .incomplete { return .incompleteNumber(suggestion: suggestion) }
    if number.form == .state, number.groups.count >= 2, let issuer = number.groups.last,
      TypeCodes.partyIssuers.contains(issuer), let code = number.typeCode, code != "QH"
    {
      return .partyNumberInStateForm(corrected: "\(number.ordinal)-\(number.groups.first ?? "")/\(issuer)")
    }
    // Only a kind the text states is checked: one inferred from the number agrees by definition.
    guard let type = citation.type, citation.typeSource == .word || citation.typeSource == .list else { return nil }
    let code = number.typeCode
    if type == .congVan {
      guard let code, TypeCodes.contradictingCongVan.contains(code) else { return nil }
      return .contradictingTypeCode(found: CitationProblem.display(code: code), suggestion: suggestion)
    }
    if let code, !type.typeCodes.contains(code), TypeCodes.known.contains(code) || code == "QH" {
      return .contradictingTypeCode(found: CitationProblem.display(code: code), suggestion: suggestion)
    }
    if code == nil, type.requiresTypeCode, let expected = type.typeCodes.first {
      return .missingTypeCode(expected: CitationProblem.display(code: expected), suggestion: suggestion)
    }
    return nil
  }

  /// An impossible date, or one whose year contradicts the number's.
  public func dateProblem(of citation: Citation) -> CitationProblem? {
    guard let date = citation.date?.value else { return nil }
    if let problem = date.problem { return .impossibleDate(problem) }
    if let numberYear = citation.number?.value.year, numberYear != date.year { return .yearDiffersFromNumber(numberYear: numberYear) }
    return nil
  }

  /// A valid cited date that differs from the catalog's, when the catalog's was checked
  /// against a source (primary or secondary).
  public func catalogDateProblem(of citation: Citation, match: CatalogMatch, trusting levels: Set<LegalDocument.Verification>)
    -> CitationProblem?
  {
    guard let cited = citation.date?.value.date, let document = match.confirmed, levels.contains(document.verification),
      let known = document.date, known != cited
    else { return nil }
    return .dateDiffersFromCatalog(document)
  }

  /// A document issued after the plan: by its cited date, or for an undated citation by the
  /// catalog's checked date.
  public func afterPlanProblem(of citation: Citation, match: CatalogMatch) -> CitationProblem? {
    guard let plan = planDate else { return nil }
    if let date = citation.date?.value {
      guard let cited = date.date, cited > plan else { return nil }
      return .issuedAfterPlan(issued: cited, plan: plan, fromCatalog: false)
    }
    guard let document = match.confirmed, document.verification.isTrusted, let issued = document.date, issued > plan else {
      return nil
    }
    return .issuedAfterPlan(issued: issued, plan: plan, fromCatalog: true)
  }

  /// A symbol whose issuer code is not one the named issuer's documents carry. Only a body in
  /// the table is judged, and only a symbol with an issuer part.
  public func issuerProblem(of citation: Citation) -> CitationProblem? {
    guard let issuer = citation.issuer?.value, let number = citation.number?.value, let found = number.issuerGroups.first,
      let entry = catalog.issuerCode(for: issuer.name)
    else { return nil }
    guard !entry.codes.map(IssuerCode.key).contains(IssuerCode.key(found)) else { return nil }
    let written = number.text.split(whereSeparator: { $0 == "/" || $0 == "-" }).first { IssuerCode.key(String($0)) == found }
    return .issuerSymbolMismatch(issuer: issuer.text, found: written.map(String.init) ?? found, expected: entry.codes)
  }

  /// A catalog entry replaced before the plan's date (or at all, when the plan has no date).
  public func replacementProblem(of citation: Citation, match: CatalogMatch) -> CitationProblem? {
    guard let document = match.confirmed, let replacedBy = document.replacedBy else { return nil }
    let replacement = catalog.document(number: replacedBy)
    // Without a date for the replacement, a dated plan cannot be said to postdate it.
    let from = document.replacedOn ?? replacement?.date ?? replacement?.year.flatMap { CivilDate(year: $0, month: 1, day: 1) }
    if let plan = planDate {
      guard let from, from <= plan else { return nil }
    }
    return .replaced(document, by: replacement)
  }

  /// Documents cited with more than one date: for each, its citations grouped by date.
  /// Citations of one catalog entry are one document; otherwise one number (or law name) is
  /// one document, except that an administrative number without a year in it is reused every
  /// year, so only the same year counts, or the same subject: "Quyết định số 12/QĐ-UBND ngày
  /// 10/3/2018 của UBND tỉnh ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử" and the
  /// same number, issuer and subject dated 2019 are one document written with two dates.
  public func dateConflicts() -> [[Citation]] {
    let dated = entries.filter { $0.citation.date?.value.date != nil }
    var parent = Array(dated.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    func join(_ first: Int, _ second: Int) { parent[root(second)] = root(first) }
    var byIdentity: [String: Int] = [:]
    var yearlessByNumber: [String: [Int]] = [:]
    for (index, (citation, match)) in dated.enumerated() {
      guard let date = citation.date?.value.date else { continue }
      var identity = citation.documentKey
      if let document = match.confirmed {
        identity = "catalog:" + document.origin
      } else if let number = citation.number?.value, number.year == nil {
        identity += "@\(date.year)"
        yearlessByNumber[citation.documentKey, default: []].append(index)
      }
      if let first = byIdentity[identity] { join(first, index) } else { byIdentity[identity] = index }
    }
    // The same yearless number in other years: one document when issuer and subject agree.
    for indices in yearlessByNumber.values where indices.count > 1 {
      for (position, first) in indices.enumerated() {
        for second in indices[(position + 1)...] where Self.sameSubject(dated[first].citation, dated[second].citation) {
          join(first, second)
        }
      }
    }
    var groups: [Int: [Citation]] = [:]
    var order: [Int] = []
    for index in dated.indices {
      let group = root(index)
      if groups[group] == nil { order.append(group) }
      groups[group, default: []].append(dated[index].citation)
    }
    return order.compactMap { groups[$0] }.filter { Set($0.compactMap { $0.date?.value.date }).count > 1 }
  }

  /// The fewest subject words that tell a document apart ("ban hành Quy chế quản lý").
  static let minimumSubjectWords = 4

  /// Two citations of one number naming the same subject, their issuers (where both name one)
  /// the same: the longer subject begins with the shorter, of at least `minimumSubjectWords`.
  static func sameSubject(_ first: Citation, _ second: Citation) -> Bool {
    if let one = first.issuer?.value.name, let other = second.issuer?.value.name,
      VietnameseFolding.titleKey(one) != VietnameseFolding.titleKey(other)
    {
      return false
    }
    let (short, long) = first.subject.count <= second.subject.count ? (first.subject, second.subject) : (second.subject, first.subject)
    guard short.split(separator: " ").count >= minimumSubjectWords else { return false }
    return long == short || long.hasPrefix(short + " ")
  }

  /// "09/3/2020 (178:12), 07/3/2019 (379:5, 436:80)": a conflict group's dates, each with the
  /// places it occurs, in order of first appearance.
  public static func describeDates(_ group: [Citation]) -> [String] {
    var order: [CivilDate] = []
    var places: [CivilDate: (String, [String])] = [:]
    for citation in group {
      guard let date = citation.date, let day = date.value.date else { continue }
      if places[day] == nil {
        order.append(day)
        places[day] = (date.value.text, [])
      }
      places[day]?.1.append(date.location.shortDescription)
    }
    return order.compactMap { day in places[day].map { "\($0.0) (\($0.1.joined(separator: ", ")))" } }
  }
}
