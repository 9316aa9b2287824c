import Foundation

/// A regular expression from a rule pack, compiled when the pack is read (a bad pattern is a
/// pack error at its line), with a name for messages.
public struct PatternSpec: Decodable, Sendable {
  /// `NSRegularExpression` is immutable and documented thread-safe.
  struct Compiled: @unchecked Sendable {
    let expression: NSRegularExpression
  }

  public let regex: String
  /// What the match is, for messages ("tên đơn vị chưa điền").
  public let name: LocalizedText
  let compiled: Compiled

  enum CodingKeys: String, CodingKey, CaseIterable { case regex, name }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    regex = try container.decode(String.self, forKey: .regex)
    name = try container.decode(LocalizedText.self, forKey: .name)
    do {
      compiled = Compiled(expression: try NSRegularExpression(pattern: regex, options: [.caseInsensitive]))
    } catch {
      throw DecodingError.dataCorruptedError(forKey: .regex, in: container, debugDescription: "invalid regular expression: \(regex)")
    }
  }

  public func matches(in text: String) -> [Range<String.Index>] {
    PatternMatcher.matches(compiled.expression, in: text)
  }
}
