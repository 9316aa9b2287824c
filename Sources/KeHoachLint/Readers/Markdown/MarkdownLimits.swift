import CCmarkGFM
import Foundation

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

  /// The first limit cmark's tree under `root` goes past, described; nil when none.
  ///
  /// Walks the tree with parent and sibling links, never recursion, whatever its depth, and
  /// before the model is built: building a 50 MB paragraph's text map is most of the time it
  /// would take, and building a 100,000-level tree recursively overflows the stack.
  func firstExceeded(under root: OpaquePointer) -> LocalizedText? {
    var node = root
    var depth = 0
    var blockBytes = 0
    var blockLine: Int32 = 0
    while true {
      let type = cmark_node_get_type(node)
      if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
        blockBytes += cmark_node_get_literal(node).map { strlen($0) } ?? 0
        if blockBytes > maximumParagraphLength {
          return Messages.Input.paragraphOver(line: Int(blockLine), maximumParagraphLength)
        }
      } else if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
        // Inline text belongs to the nearest block (a paragraph, heading or table cell).
        blockBytes = 0
        blockLine = cmark_node_get_start_line(node)
      }
      if let child = cmark_node_first_child(node) {
        node = child
        depth += 1
        if depth > maximumNestingDepth { return Messages.Input.markdownNesting(maximumNestingDepth) }
        continue
      }
      while node != root, cmark_node_next(node) == nil, let parent = cmark_node_parent(node) {
        node = parent
        depth -= 1
      }
      guard node != root, let next = cmark_node_next(node) else { return nil }
      node = next
    }
  }
}
