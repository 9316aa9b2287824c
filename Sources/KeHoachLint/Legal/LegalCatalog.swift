/// The documents plans cite, with their real numbers and dates (`Rules/legal/*.yml`), and how
/// a citation is matched to one of them.
public struct LegalCatalog: Sendable {
  public let documents: [LegalDocument]
  /// Which issuer codes each body's documents carry (`legal/issuer-codes.yml`).
  public var issuerCodes: [IssuerCode] = []
  private let byNumber: [String: [Int]]
  private let byName: [String: [Int]]

  public init(documents: [LegalDocument] = []) {
    self.documents = documents
    var byNumber: [String: [Int]] = [:]
    var byName: [String: [Int]] = [:]
    for (index, document) in documents.enumerated() {
      for key in Set(document.numberKeys) { byNumber[key, default: []].append(index) }
      for key in Set(document.nameKeys) { byName[key, default: []].append(index) }
    }
    self.byNumber = byNumber
    self.byName = byName
  }

  public var isEmpty: Bool { documents.isEmpty }

  /// Names of laws without the type word ("An toàn thông tin mạng"), for the extractor.
  var lawNames: [String] {
    documents.filter { $0.type == .luat || $0.type == .boLuat }.flatMap(\.names).map { name in
      let folded = VietnameseFolding.fold(name)
      for prefix in ["bo luat ", "luat "] where folded.hasPrefix(prefix) {
        return String(name.dropFirst(prefix.count))
      }
      return name
    }
  }

  /// The entry whose number (or a variant) is `number`, the first if the number is reused.
  public func document(number: String) -> LegalDocument? {
    guard let key = DocumentNumber(parsing: number)?.key else { return nil }
    return byNumber[key]?.first.map { documents[$0] }
  }

  /// The catalog entry a citation names. `asOf` (the plan's date) settles a name or reused
  /// number cited without a date: only documents issued by then can be meant, the latest first.
  public func match(_ citation: Citation, asOf: CivilDate? = nil) -> CatalogMatch {
    let year = citation.date?.value.date?.year
    if let number = citation.number?.value, number.form != .incomplete, let indices = byNumber[number.key] {
      let chosen = choose(indices.map { documents[$0] }, year: year, asOf: asOf, latestWins: false)
      if let document = chosen.first, chosen.count == 1 {
        let exact = document.parsedNumber?.key == number.key
        return CatalogMatch(document: document, kind: exact ? .number : .variant, candidates: [])
      }
      if chosen.count > 1 { return CatalogMatch(document: nil, kind: nil, candidates: chosen) }
    }
    if let key = citation.nameKey, let indices = byName[key] {
      let chosen = choose(indices.map { documents[$0] }, year: year, asOf: asOf, latestWins: true)
      if let document = chosen.first, chosen.count == 1 { return CatalogMatch(document: document, kind: .name, candidates: []) }
      if chosen.count > 1 { return CatalogMatch(document: nil, kind: nil, candidates: chosen) }
    }
    if let likely = likelyDocument(for: citation) { return CatalogMatch(document: likely, kind: .likely, candidates: []) }
    return CatalogMatch(document: nil, kind: nil, candidates: [])
  }

  /// Narrows same-number (or same-name) entries by the cited year, else by the plan's date.
  private func choose(_ candidates: [LegalDocument], year: Int?, asOf: CivilDate?, latestWins: Bool) -> [LegalDocument] {
    if let year {
      let sameYear = candidates.filter { $0.year == year }
      if !sameYear.isEmpty { return sameYear }
      // A reissued number in another year is another document; an entry that is not
      // reissued is this one cited with a wrong date (which the date rules report).
      return candidates.filter { !$0.reissued }
    }
    guard candidates.count > 1 else { return candidates }
    var issued = candidates
    if let asOf { issued = candidates.filter { Self.issueOrder($0) <= (asOf.year, asOf.month, asOf.day) } }
    guard latestWins, asOf != nil else { return issued }
    return issued.max { Self.issueOrder($0) < Self.issueOrder($1) }.map { [$0] } ?? []
  }

  private static func issueOrder(_ document: LegalDocument) -> (Int, Int, Int) {
    document.date.map { ($0.year, $0.month, $0.day) } ?? (document.year ?? 0, 1, 1)
  }

  /// A near miss: the same order number and kind, sharing an issuer code or the year
  /// ("Quyết định 2323/BTTTT-THH" for 2323/QĐ-BTTTT; "Nghị định 45/2020" for 45/2020/NĐ-CP).
  func likelyDocument(for citation: Citation) -> LegalDocument? {
    guard let cited = citation.number?.value, let ordinal = cited.ordinalValue else { return nil }
    let candidates = documents.filter { document in
      guard let number = document.parsedNumber, number.ordinalValue == ordinal,
        number.ordinal.drop(while: \.isNumber) == cited.ordinal.drop(while: \.isNumber)
      else { return false }
      if let type = citation.type, type != .vanBan, type != document.type { return false }
      if let year = cited.year, number.year != year { return false }
      let citedGroups = Set(cited.issuerGroups)
      return cited.form == .incomplete || !citedGroups.isDisjoint(with: number.issuerGroups)
    }
    return candidates.count == 1 ? candidates.first : nil
  }
}

/// What a citation matched in the catalog.
public struct CatalogMatch: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The official number.
    case number
    /// A variant of the number the catalog lists.
    case variant
    /// A law cited by name.
    case name
    /// Not the number, but surely meant: same order number and kind (a malformed number).
    case likely
  }

  public let document: LegalDocument?
  public let kind: Kind?
  /// Entries the citation could mean when it cannot be told which (a reused number, undated).
  public let candidates: [LegalDocument]

  /// A match the date checks may rely on (not a guess from a malformed number).
  public var confirmed: LegalDocument? { kind == .likely ? nil : document }
}

/// A body and the issuer codes its documents' symbols carry ("Bộ Chính trị": TW).
public struct IssuerCode: Sendable, Hashable, Decodable {
  public var issuer: String
  public var codes: [String]

  public init(issuer: String, codes: [String]) {
    self.issuer = issuer
    self.codes = codes
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case issuer, codes }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    issuer = try container.decode(String.self, forKey: .issuer)
    codes = try container.decode([String].self, forKey: .codes)
  }

  /// Folded, upper case, as number groups are compared ("HĐND" → "HDND").
  static func key(_ code: String) -> String { VietnameseFolding.fold(code).uppercased() }
}

extension LegalCatalog {
  /// The entry for an issuer as spelled out: the longest listed body its name begins with
  /// ("Ban Thường vụ Tỉnh ủy" before "Tỉnh ủy"; "Ủy ban nhân dân tỉnh Quảng Ngãi": "Ủy ban nhân dân").
  func issuerCode(for name: String) -> IssuerCode? {
    let folded = VietnameseFolding.fold(name)
    return issuerCodes.filter { folded.hasPrefix(VietnameseFolding.fold($0.issuer)) }.max { $0.issuer.count < $1.issuer.count }
  }
}
