/// A text in Vietnamese (the default) and English.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var vi: String
  public var en: String

  public init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case vi, en }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    vi = try container.decode(String.self, forKey: .vi)
    en = try container.decode(String.self, forKey: .en)
  }

  public func text(in language: Language) -> String {
    switch language {
    case .vi: vi
    case .en: en
    }
  }
}

/// The language of messages.
public enum Language: String, Sendable, Codable, CaseIterable {
  case vi
  case en
}
