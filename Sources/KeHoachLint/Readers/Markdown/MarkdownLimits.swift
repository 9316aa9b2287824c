import CCmarkGFM

/// Safety limits for reading Markdown, checked on cmark's tree before the model is built.
public struct MarkdownLimits: Sendable, Hashable {
  /// Levels of nesting (block quotes, lists, emphasis, links) in cmark's tree. A plan needs
  /// about ten; the model is built by recursive descent, and 100,000 nested `>` or `-` would
  /// overflow the stack.
  public var maximumNestingDepth: Int
  /// Bytes of text in one paragraph, heading, list item or table cell.
  public var maximumParagraphLength: Int

  public init(maximumNestingDepth: Int = 100, maximumParagraphLength: Int = 1024 * 1024) {
    self.maximumNestingDepth = maximumNestingDepth
    self.maximumParagraphLength = maximumParagraphLength
  }

  /// The depth of the deepest node under `root`, counting stops once it passes `limit`.
  /// Walks the tree with parent and sibling links, never recursion, whatever the depth.
  static func nestingDepth(of root: OpaquePointer, stoppingAfter limit: Int) -> Int {
    var node = root
    var depth = 0
    var deepest = 0
    while true {
      if let child = cmark_node_first_child(node) {
        node = child
        depth += 1
        deepest = max(deepest, depth)
        if deepest > limit { return deepest }
        continue
      }
      while node != root, cmark_node_next(node) == nil, let parent = cmark_node_parent(node) {
        node = parent
        depth -= 1
      }
      guard node != root, let next = cmark_node_next(node) else { return deepest }
      node = next
    }
  }
}
