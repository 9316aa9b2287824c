import CCmarkGFM

/// Reads a Markdown plan with libcmark-gfm (GFM tables) into the neutral model.
///
/// cmark gives reliable lines for blocks but byte columns, and unreliable positions for
/// inline nodes (commonmark/cmark#296), so blocks take their line from cmark and every
/// stretch of inline text is located by finding it on its source line, in characters.
public struct MarkdownReader: Sendable {
  public init() {}

  /// Parses already-decoded UTF-8 bytes of `file`.
  public func read(bytes: [UInt8], file: String) -> PlanDocument {
    MarkdownReader.registerExtensions
    let lines = SourceLines(bytes: bytes)
    let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
    defer { cmark_parser_free(parser) }
    if let table = cmark_find_syntax_extension("table") {
      cmark_parser_attach_syntax_extension(parser, table)
    }
    bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
      }
    }
    guard let root = cmark_parser_finish(parser) else {
      return PlanDocument(file: file, format: .markdown, blocks: [])
    }
    defer { cmark_node_free(root) }
    var builder = MarkdownBlockBuilder(file: file, lines: lines)
    builder.visitChildren(of: root, listDepth: 0)
    return PlanDocument(file: file, format: .markdown, blocks: builder.blocks, directives: builder.directives)
  }

  /// cmark-gfm's extensions must be registered once per process before any lookup.
  private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
}
