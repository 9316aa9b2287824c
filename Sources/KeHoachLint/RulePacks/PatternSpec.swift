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
  let prefilter: RegexPrefilter

  enum CodingKeys: String, CodingKey, CaseIterable { case regex, name }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    regex = try container.decode(String.self, forKey: .regex)
    name = try container.decode(LocalizedText.self, forKey: .name)
    prefilter = RegexPrefilter(pattern: regex)
    do {
      compiled = Compiled(expression: try NSRegularExpression(pattern: regex, options: [.caseInsensitive]))
    } catch {
      throw container.problem(forKey: .regex, Messages.FileProblem.invalidRegex(regex))
    }
  }

  public func matches(in text: PatternText) -> [Range<String.Index>] {
    // A text without any string every match needs is not worth the engine's time.
    guard prefilter.mayMatch(text.nfc) else { return [] }
    return text.matches(compiled.expression)
  }
}
