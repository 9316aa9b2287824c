/// Safety limits for reading a `.docx` package, checked before inflating (from the sizes the
/// ZIP declares) and again while inflating (declared sizes can lie).
///
/// A real plan is a few hundred kilobytes of XML; the defaults leave a wide margin and still
/// stop a ZIP bomb after a few megabytes of output.
public struct DocxLimits: Sendable, Hashable {
  /// Entries in the ZIP's central directory (a Word file has a few dozen, more with images).
  public var maximumEntryCount: Int
  /// Uncompressed bytes of any one part that is read.
  public var maximumPartSize: Int
  /// Uncompressed bytes of all parts read, together.
  public var maximumTotalSize: Int
  /// Uncompressed bytes per compressed byte of a part (XML rarely passes 30:1; DEFLATE's
  /// ceiling is about 1030:1, which is what a bomb uses).
  public var maximumCompressionRatio: Int
  /// The ratio is only judged once a part has produced this many bytes: tiny parts can have
  /// any ratio and are harmless.
  public var ratioCheckThreshold: Int
  /// Bytes of text in one paragraph, note or table cell (a plan's longest is a few kilobytes).
  public var maximumParagraphLength: Int

  public init(
    maximumEntryCount: Int = 10_000, maximumPartSize: Int = 128 * 1024 * 1024, maximumTotalSize: Int = 256 * 1024 * 1024,
    maximumCompressionRatio: Int = 200, ratioCheckThreshold: Int = 1024 * 1024, maximumParagraphLength: Int = 1024 * 1024
  ) {
    self.maximumEntryCount = maximumEntryCount
    self.maximumPartSize = maximumPartSize
    self.maximumTotalSize = maximumTotalSize
    self.maximumCompressionRatio = maximumCompressionRatio
    self.ratioCheckThreshold = ratioCheckThreshold
    self.maximumParagraphLength = maximumParagraphLength
  }
}
