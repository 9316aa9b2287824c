/// A document a rule pack requires or lists, named by its catalog number and/or phrases that
/// count as mentioning it ("Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0").
public struct LegalBasis: Decodable, Sendable, Hashable {
  /// The catalog number ("749/QĐ-TTg"); also matched by the catalog's variants and names.
  public var document: String?
  /// Phrases (compared folded) whose presence counts as citing it.
  public var phrases: [String]
  /// How messages name it; by default the catalog's name, date and title.
  public var label: String?

  enum CodingKeys: String, CodingKey, CaseIterable { case document, phrases, label }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    document = try container.decodeIfPresent(String.self, forKey: .document)
    phrases = try container.decodeIfPresent([String].self, forKey: .phrases) ?? []
    label = try container.decodeIfPresent(String.self, forKey: .label)
    if let document, DocumentNumber(parsing: document) == nil {
      throw container.problem(forKey: .document, Messages.FileProblem.notADocumentNumber(document))
    }
    guard document != nil || !phrases.isEmpty else {
      throw container.problem(forKey: .document, Messages.FileProblem.basisNeedsDocumentOrPhrases)
    }
  }

  /// "Quyết định 749/QĐ-TTg ngày 3/6/2020 (Phê duyệt Chương trình Chuyển đổi số quốc gia …)".
  func name(in catalog: LegalCatalog) -> String {
    if let label { return label }
    guard let document else { return phrases.first ?? "" }
    guard let entry = catalog.document(number: document) else { return document }
    let date = entry.date.map { " ngày \($0)" } ?? ""
    let title = entry.title.map { " (\($0))" } ?? ""
    return entry.displayName + date + title
  }

  /// "Quyết định 749/QĐ-TTg ngày 3/6/2020", for lists.
  func shortName(in catalog: LegalCatalog) -> String {
    if let label { return label }
    guard let document else { return phrases.first ?? "" }
    guard let entry = catalog.document(number: document) else { return document }
    return entry.displayName + (entry.date.map { " ngày \($0)" } ?? "")
  }

  /// Whether one of `entries` cites it, or one of `texts` contains one of its phrases.
  func isMentioned(by entries: [(citation: Citation, match: CatalogMatch)], texts: [FoldedText], catalog: LegalCatalog) -> Bool {
    if let document, let key = DocumentNumber(parsing: document)?.key {
      let entry = catalog.document(number: document)
      for (citation, match) in entries {
        if citation.number?.value.key == key { return true }
        if let entry, let matched = match.document, matched == entry { return true }
      }
    }
    return phrases.contains { phrase in texts.contains { $0.contains(phrase) } }
  }
}
