/// Finds a plan's sections by title for the spending rules.
enum SectionFinder {
  /// The last section whose title is one of `titles` (folded; a longer title starting with one
  /// counts): the plan's own "Kinh phí thực hiện" comes after Phần I's of the same name.
  static func last(titled titles: [String], in outline: Outline) -> Outline.Node? {
    let keys = titles.map(VietnameseFolding.titleKey)
    return outline.allNodes.last { node in
      let key = VietnameseFolding.titleKey(node.title)
      return keys.contains { key == $0 || key.hasPrefix($0 + " ") }
    }
  }

  /// The blocks of `node` after its heading.
  static func body(of node: Outline.Node) -> Range<Int> {
    (node.blockIndex + 1)..<max(node.blockIndex + 1, node.endBlockIndex)
  }
}

/// The keys of a spec that has no fields of its own: only the common keys are allowed.
enum NoSpecKeys: CodingKey, CaseIterable {
  var stringValue: String { "" }
  var intValue: Int? { nil }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { nil }
}
