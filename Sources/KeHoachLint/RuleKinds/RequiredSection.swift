/// A section the framework requires, as a rule pack states it.
public struct RequiredSection: Decodable, Sendable, Hashable {
  /// The framework's label ("Phần II", "VI", "4"), for messages and numbering checks.
  public var label: String?
  /// The framework's title ("Lộ trình thực hiện").
  public var title: String
  /// Other titles drafts use for the same section.
  public var aliases: [String]
  /// A "nếu có" section: may be left out.
  public var optional: Bool
  /// Match by label instead of title (for "Phần I", whose long title drafts shorten).
  public var matchLabel: Bool
  public var children: [RequiredSection]
  /// What the framework asks the section to hold, in its words, shortened: the line a
  /// template (`kehoach-lint init`) leaves to fill.
  public var guidance: String?

  enum CodingKeys: String, CodingKey, CaseIterable {
    case label, title, aliases, optional, matchLabel = "match-label", children, guidance
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    label = try container.decodeIfPresent(String.self, forKey: .label)
    title = try container.decode(String.self, forKey: .title)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    matchLabel = try container.decodeIfPresent(Bool.self, forKey: .matchLabel) ?? false
    children = try container.decodeIfPresent([RequiredSection].self, forKey: .children) ?? []
    guidance = try container.decodeIfPresent(String.self, forKey: .guidance)
  }

  /// "VI. LỘ TRÌNH THỰC HIỆN" as the framework writes it.
  public var displayTitle: String {
    guard let label else { return title }
    return "\(label). \(title)"
  }

  /// The framework's label read as a section label ("Phần I", "VI" as "VI.", "4" as "4.").
  var parsedLabel: SectionLabel? {
    guard let label else { return nil }
    return SectionLabelParser.parse(label)?.label ?? SectionLabelParser.parse(label + ".")?.label
  }

  /// Whether this is the "Căn cứ" section and the plan states its bases in "Căn cứ …;"
  /// paragraphs before its first section instead (a preamble, or the Quyết định issuing it).
  func isStated(inPreambleOf context: RuleContext) -> Bool {
    titleKeys.contains { $0.hasPrefix("can cu") }
      && !RequiredLegalBasesRule.preamble(context.document, before: context.outline.firstSectionBlockIndex).isEmpty
  }

  /// The folded keys this section's title may have.
  var titleKeys: [String] { ([title] + aliases).map(VietnameseFolding.titleKey) }
}

/// A required section and the outline node found for it (nil when missing).
struct SectionMatch {
  let section: RequiredSection
  let node: Outline.Node?
  let children: [SectionMatch]
  /// Found by its label and a title close to the framework's ("VI. LỘ TRÌNH TRIỂN KHAI" for
  /// "VI. Lộ trình thực hiện"), not by the title itself.
  var isNearMiss = false
}

/// Finds each required section in the outline: among the parent's children first, then
/// deeper (drafts add or drop a level), each node used once.
struct SectionMatcher {
  let outline: Outline
  private var used: Set<Int> = []

  init(outline: Outline) { self.outline = outline }

  mutating func match(_ sections: [RequiredSection], in nodes: [Outline.Node], parent: Outline.Node?) -> [SectionMatch] {
    let descendants = SectionMatcher.flatten(nodes)
    var matches = sections.map { section in
      guard let node = find(section, direct: nodes, all: descendants) else {
        return SectionMatch(section: section, node: nil, children: [])
      }
      used.insert(node.blockIndex)
      let children = match(section.children, in: node.children, parent: node)
      return SectionMatch(section: section, node: node, children: children)
    }
    // Then the sections still missing, by label and a close title among the same level's.
    for (position, missing) in matches.enumerated() where missing.node == nil {
      guard let node = nearMiss(missing.section, among: nodes) else { continue }
      used.insert(node.blockIndex)
      let children = match(missing.section.children, in: node.children, parent: node)
      matches[position] = SectionMatch(section: missing.section, node: node, children: children, isNearMiss: true)
    }
    // Last, an appendix after the signature that carries the section ("PHỤ LỤC / DANH MỤC
    // NHIỆM VỤ, DỰ ÁN …" for "IX. Danh mục nhiệm vụ, dự án").
    for (position, missing) in matches.enumerated() where missing.node == nil {
      let keys = missing.section.titleKeys
      guard
        let node = outline.roots.first(where: { root in
          root.isAppendix && !used.contains(root.blockIndex) && keys.contains { root.titleKey == $0 || root.titleKey.hasPrefix($0 + " ") }
        })
      else { continue }
      used.insert(node.blockIndex)
      matches[position] = SectionMatch(section: missing.section, node: node, children: [])
    }
    return matches
  }

  /// The unused section at this level with the framework's label ("VI.", "VI -") whose title
  /// is close to the framework's: it begins with the same two words ("Lộ trình triển khai"
  /// for "Lộ trình thực hiện") or shares half its word pairs.
  private func nearMiss(_ section: RequiredSection, among nodes: [Outline.Node]) -> Outline.Node? {
    guard let label = section.parsedLabel else { return nil }
    let titles = [section.title] + section.aliases
    let similarity = WordPairIndex(titles)
    let heads = Set(titles.compactMap { Self.head(VietnameseFolding.titleKey($0)) })
    return nodes.first { node in
      guard !used.contains(node.blockIndex), !node.isPoint, node.label?.sameOrdinal(as: label) == true else { return false }
      if let head = Self.head(node.titleKey), heads.contains(head) { return true }
      return similarity.bestSimilarity(of: node.title, atLeast: 0.5).similarity >= 0.5
    }
  }

  /// The first two words of a folded title, nil when it has fewer.
  private static func head(_ key: String) -> String? {
    let words = key.split(separator: " ")
    return words.count >= 2 ? words.prefix(2).joined(separator: " ") : nil
  }

  private func find(_ section: RequiredSection, direct: [Outline.Node], all: [Outline.Node]) -> Outline.Node? {
    let candidates = (direct + all).filter { !used.contains($0.blockIndex) && !$0.isPoint }
    if section.matchLabel, let label = section.parsedLabel,
      let byLabel = candidates.first(where: { $0.label?.sameOrdinal(as: label) == true })
    {
      return byLabel
    }
    let keys = section.titleKeys
    if let exact = candidates.first(where: { keys.contains(VietnameseFolding.titleKey($0.title)) }) { return exact }
    return candidates.first { node in
      let key = VietnameseFolding.titleKey(node.title)
      return keys.contains { key.hasPrefix($0 + " ") }
    }
  }

  private static func flatten(_ nodes: [Outline.Node]) -> [Outline.Node] {
    nodes.flatMap { [$0] + flatten($0.children) }
  }
}

extension RequiredSectionsRule {
  /// One requirement per framework section: met when found, not applicable when an optional
  /// one is left out, not met otherwise.
  public func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict] {
    var matcher = SectionMatcher(outline: context.outline)
    var verdicts: [RequirementVerdict] = []
    // Under a missing section every child shares its parent's status.
    func walk(_ matches: [SectionMatch], path: String, inherited: RequirementVerdict.Status?) {
      for match in matches {
        let id = path + "/" + (match.section.label ?? match.section.title)
        let present = match.node != nil || match.section.isStated(inPreambleOf: context)
        let status = inherited ?? (present ? .met : match.section.optional ? .notApplicable : .notMet)
        let title = LocalizedText(vi: "Có mục “\(match.section.displayTitle)”", en: "Section “\(match.section.displayTitle)” is present")
        verdicts.append(RequirementVerdict(id: id, ruleID: info.id, title: title, status: status, source: info.source))
        if match.node != nil {
          walk(match.children, path: id, inherited: nil)
        } else {
          walk(match.section.children.map { SectionMatch(section: $0, node: nil, children: []) }, path: id, inherited: status)
        }
      }
    }
    walk(matcher.match(spec.sections, in: context.outline.roots, parent: nil), path: info.id, inherited: nil)
    return verdicts
  }
}
