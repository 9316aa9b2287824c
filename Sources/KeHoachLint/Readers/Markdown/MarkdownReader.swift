import CCmarkGFM

/// Reads a Markdown plan with libcmark-gfm (GFM tables and footnotes) into the neutral model.
/// Footnote definitions ("[^1]: Quyết định số …") are the plan's notes, not body blocks.
///
/// cmark gives reliable lines for blocks but byte columns, and unreliable positions for
/// inline nodes (commonmark/cmark#296), so blocks take their line from cmark and every
/// stretch of inline text is located by finding it on its source line, in characters.
public struct MarkdownReader: Sendable {
  public var limits: MarkdownLimits

  public init(limits: MarkdownLimits = MarkdownLimits()) {
    self.limits = limits
  }

  /// Parses already-decoded UTF-8 bytes of `file`; a text over the limits reads as empty
  /// (`readWithinLimits` says which limit).
  public func read(bytes: [UInt8], file: String) -> PlanDocument {
    do {
      return try readWithinLimits(bytes: bytes, file: file)
    } catch {
      return PlanDocument(file: file, format: .markdown, blocks: [])
    }
  }

  /// Parses already-decoded UTF-8 bytes of `file`, refusing nesting or paragraphs over the limits.
  public func readWithinLimits(bytes: [UInt8], file: String) throws(KeHoachLintError) -> PlanDocument {
    MarkdownReader.registerExtensions
    let lines = SourceLines(bytes: bytes)
    let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES)
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
    if let exceeded = limits.firstExceeded(under: root) { throw .limitExceeded(path: file, limit: exceeded) }
    var builder = MarkdownBlockBuilder(file: file, lines: lines)
    builder.visitChildren(of: root, listDepth: 0)
    try BlockTextLimit.check(builder.blocks, maximum: limits.maximumParagraphLength, file: file)
    try BlockTextLimit.check(builder.notes, maximum: limits.maximumParagraphLength, file: file)
    var document = PlanDocument(
      file: file, format: .markdown, blocks: builder.blocks, notes: builder.notes, directives: builder.directives)
    document.sourceLines = lines.allLines
    return document
  }

  /// cmark-gfm's extensions must be registered once per process before any lookup.
  private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
}
