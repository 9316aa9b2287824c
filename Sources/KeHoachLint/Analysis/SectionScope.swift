/// "Within these sections": the one meaning every rule field naming sections by title has
/// (`within:`, `sections:`, `section:`), whatever the rule kind.
///
/// - A section is in scope when its title, folded (case, diacritics, punctuation and the
///   label ignored), equals one of the titles or begins with one followed by more words:
///   "Căn cứ" covers "CĂN CỨ LẬP KẾ HOẠCH:". Lettered points ("a) Kinh phí …") never count.
/// - Only the outermost match counts (its sub-sections are inside it already).
/// - When a title matches both inside a part assessing the past ("Phần I. Đánh giá kết quả
///   …") and elsewhere, only the matches elsewhere count: the "7. Kinh phí" of the last
///   period's results is not the plan's "VII. Kinh phí thực hiện".
/// - No titles: the whole plan. Titles but no such section: `.absent`, and each rule kind
///   says what it does then (most report nothing: the missing section is the
///   required-sections rule's finding).
public struct SectionScope: Sendable, Hashable {
  public enum Resolution: Sendable, Hashable {
    case wholePlan
    case sections([Outline.Node])
    case absent
  }

  public let titles: [String]
  private let keys: [String]

  public init(_ titles: [String]) {
    self.titles = titles
    keys = titles.map(VietnameseFolding.titleKey).filter { !$0.isEmpty }
  }

  public var isWholePlan: Bool { keys.isEmpty }

  /// Whether `node`'s title is one of the scope's.
  public func matches(_ node: Outline.Node) -> Bool {
    guard !node.isPoint else { return false }
    return keys.contains { node.titleKey == $0 || node.titleKey.hasPrefix($0 + " ") }
  }

  /// Whether a lettered point's title ("a) Mục tiêu chung:") is one of the scope's: for the
  /// rules that read inside a section, never for finding the section itself.
  public func matches(point node: Outline.Node) -> Bool {
    keys.contains { node.titleKey == $0 || node.titleKey.hasPrefix($0 + " ") }
  }

  /// The sections in scope, in document order.
  public func resolve(in outline: Outline) -> Resolution {
    guard !isWholePlan else { return .wholePlan }
    var found: [(node: Outline.Node, inAssessment: Bool)] = []
    func walk(_ nodes: [Outline.Node], inAssessment: Bool) {
      for node in nodes {
        if matches(node) {
          found.append((node, inAssessment))
        } else {
          walk(node.children, inAssessment: inAssessment || node.isAssessment)
        }
      }
    }
    walk(outline.roots, inAssessment: false)
    let planned = found.filter { !$0.inAssessment }
    let chosen = (planned.isEmpty ? found : planned).map(\.node)
    return chosen.isEmpty ? .absent : .sections(chosen)
  }

  /// The sections in scope; empty when the plan has none (or the scope is the whole plan).
  public func sections(in outline: Outline) -> [Outline.Node] {
    if case .sections(let nodes) = resolve(in: outline) { return nodes }
    return []
  }

  /// The one section a rule about a single place reads ("Kinh phí thực hiện"): the last in
  /// scope, since the plan's own section follows any earlier one of the same name.
  public func section(in outline: Outline) -> Outline.Node? { sections(in: outline).last }
}

extension SectionScope: Decodable {
  /// A list of titles, or one title.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let one = try? container.decode(String.self) {
      self.init([one])
    } else {
      self.init(try container.decode([String].self))
    }
  }
}
