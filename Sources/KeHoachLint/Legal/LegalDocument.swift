/// One document of the legal catalog (`Rules/legal/*.yml`): what it is and how sure the
/// catalog is of its date.
public struct LegalDocument: Sendable, Hashable {
  /// How a date was checked (shared/reference/legal-documents.yaml, `verification_levels`).
  public enum Verification: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document's own header or metadata was seen.
    case primary
    /// Cited with this number and date in another official document.
    case secondary
    /// Found only in the guidance texts, or not at all: the date is not to be relied on.
    case unverified = "false"

    /// Dates checked against a source a reviewer can open.
    public var isTrusted: Bool { self != .unverified }
  }

  /// Where the catalog's facts come from.
  public struct Source: Sendable, Hashable, Codable {
    public let url: String
    /// What the source shows.
    public let shows: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case url, shows }

    public init(url: String, shows: String? = nil) {
      self.url = url
      self.shows = shows
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
      url = try container.decode(String.self, forKey: .url)
      shows = try container.decodeIfPresent(String.self, forKey: .shows)
    }
  }

  /// The official number ("64/2007/NĐ-CP"); nil for a law known only by name.
  public let number: String?
  /// Other ways the number is written that are still this document ("2606/BTTTT-THH-ATTT").
  public let variants: [String]
  /// Names it is cited by ("Luật An toàn thông tin mạng").
  public let names: [String]
  public let type: DocumentType
  public let issuer: String?
  /// The issuance date; nil when unknown (then `year` may still be known).
  public let date: CivilDate?
  public let year: Int?
  public let title: String?
  /// The number of the document that replaced it.
  public let replacedBy: String?
  /// From when the replacement applies; nil: the replacement's own date.
  public let replacedOn: CivilDate?
  /// Free text: in force, expired, period ended.
  public let status: String?
  /// Other documents of other years share the number or name (02/NQ-CP is issued every year;
  /// Luật Giao dịch điện tử of 2005 and 2023): a citation is this one only when its year matches.
  public let reissued: Bool
  public let verification: Verification
  public let sources: [Source]
  public let notes: String?
  /// Where the entry is, for messages ("Rules/legal/nghi-quyet.yml:12").
  public let origin: String
  /// The official number, parsed once.
  let parsedNumber: DocumentNumber?
  /// Comparison keys of the number and its variants.
  let numberKeys: [String]

  public init(
    number: String?, variants: [String] = [], names: [String] = [], type: DocumentType, issuer: String? = nil,
    date: CivilDate? = nil, year: Int? = nil, title: String? = nil, replacedBy: String? = nil, replacedOn: CivilDate? = nil,
    status: String? = nil, reissued: Bool = false, verification: Verification, sources: [Source] = [], notes: String? = nil,
    origin: String = ""
  ) {
    self.number = number
    self.variants = variants
    self.names = names
    self.type = type
    self.issuer = issuer
    self.date = date
    self.year = year ?? date?.year
    self.title = title
    self.replacedBy = replacedBy
    self.replacedOn = replacedOn
    self.status = status
    self.reissued = reissued
    self.verification = verification
    self.sources = sources
    self.notes = notes
    self.origin = origin
    parsedNumber = number.flatMap(DocumentNumber.init(parsing:))
    numberKeys = ([number].compactMap { $0 } + variants).compactMap { DocumentNumber(parsing: $0)?.key }
  }

  /// "Quyết định 749/QĐ-TTg", "Luật An toàn thông tin mạng (86/2015/QH13)".
  public var displayName: String {
    if type == .luat || type == .boLuat, let name = names.first {
      return number.map { "\(name) (\($0))" } ?? name
    }
    return [type.name, number ?? names.first].compactMap { $0 }.joined(separator: " ")
  }

  /// The first source, for messages: "https://… (primary)".
  public var sourceSummary: String {
    let level = verification.rawValue == "false" ? "chưa xác minh" : verification.rawValue
    guard let first = sources.first else { return level }
    return "\(first.url) (\(level))"
  }

  /// Folded keys of the names ("name:luat an toan thong tin mang").
  var nameKeys: [String] {
    names.map { "name:" + VietnameseFolding.titleKey($0) }
  }
}
