/// One legal citation as every report lists it (JSON, HTML, the `citations` table): what is
/// written, where, what the catalog says and what the legal checks found wrong.
public struct CitationFacts: Sendable, Hashable, Codable {
  public enum Status: String, Sendable, Hashable, Codable {
    /// Matched in the catalog for certain, nothing wrong.
    case ok
    /// Probably a catalog entry (a malformed number), so its date cannot be checked.
    case likely
    /// At least one problem (see `problems`).
    case problem
    /// Several catalog entries fit; the citation does not say which.
    case ambiguous
    /// Not in the catalog, nothing wrong with its form.
    case notInCatalog = "not-in-catalog"
  }

  /// A catalog entry, as far as the report needs it.
  public struct CatalogEntry: Sendable, Hashable, Codable {
    public var number: String?
    public var name: String?
    public var type: String
    /// "7/3/2019", or the year alone.
    public var date: String?
    /// `primary`, `secondary`, `false` (unverified).
    public var verification: String
    public var title: String?
    public var source: String?
    /// How the citation matched it (`exact`, `variant`, `likely`, …).
    public var match: String?

    /// "Nghị quyết 17/NQ-CP", "Luật An toàn thông tin mạng": how reports name it.
    public var displayName: String { [type, number ?? name].compactMap { $0 }.joined(separator: " ") }
  }

  /// One thing wrong with the citation: a short status and the full message.
  public struct Problem: Sendable, Hashable, Codable {
    public var status: LocalizedText
    public var message: LocalizedText
  }

  /// As written ("Quyết định số 749/QĐ-TTg ngày 03/6/2020").
  public var text: String
  /// The type as read ("Quyết định"), nil when unknown.
  public var type: String?
  public var number: String?
  /// A law cited by name ("An toàn thông tin mạng").
  public var name: String?
  public var date: String?
  public var issuer: String?
  public var location: SourceLocation
  /// The heading path of the section it stands in.
  public var section: [String]
  public var status: Status
  public var problems: [Problem]
  public var catalog: CatalogEntry?
  /// The catalog's numbers that could be meant, when the match is ambiguous.
  public var candidates: [String]

  init(_ row: CitationTable.Row) {
    let citation = row.citation
    text = citation.text
    type = citation.type?.name
    number = citation.number?.value.text
    name = citation.name?.value
    date = citation.date?.value.text
    issuer = citation.issuer?.value.name
    location = citation.location
    section = row.section
    problems = row.problems.map {
      Problem(status: Messages.citationStatus($0), message: Messages.citationProblem($0, in: citation))
    }
    catalog = row.match.document.map { document in
      CatalogEntry(
        number: document.number, name: document.names.first, type: document.type.name,
        date: document.date?.description ?? document.year.map(String.init), verification: document.verification.rawValue,
        title: document.title, source: document.sources.first?.url, match: row.match.kind?.rawValue)
    }
    candidates = row.match.candidates.compactMap(\.number)
    status =
      if !problems.isEmpty { .problem } else if row.match.confirmed != nil { .ok } else if row.match.document != nil {
        .likely
      } else if !row.match.candidates.isEmpty { .ambiguous } else { .notInCatalog }
  }
}
