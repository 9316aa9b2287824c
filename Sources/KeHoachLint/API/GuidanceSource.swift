/// The guidance text a rule enforces: the document and the part of it.
public struct GuidanceSource: Sendable, Hashable, Codable {
  /// The document, e.g. "Công văn 784/STTTT ngày 29/7/2020 của Sở TT&TT Quảng Ngãi".
  public var document: String
  /// The part of it, e.g. "Phụ lục I, Phần II, mục VI".
  public var section: String?
  /// The guidance's own words the rule enforces, for `explain` and reports.
  public var quote: String?

  public init(document: String, section: String? = nil, quote: String? = nil) {
    self.document = document
    self.section = section
    self.quote = quote
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case document, section, quote }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    document = try container.decode(String.self, forKey: .document)
    section = try container.decodeIfPresent(String.self, forKey: .section)
    quote = try container.decodeIfPresent(String.self, forKey: .quote)
  }

  /// "document, section" for messages.
  public var citation: String {
    guard let section, !section.isEmpty else { return document }
    return "\(section) – \(document)"
  }
}
