/// Maps positions in a block's visible text back to the source.
///
/// A block's text is what a reader sees (inline markup removed, runs joined), so an index in
/// it is not a column in the file. Readers record, for each stretch of text copied verbatim
/// from one source line, where it starts; any index then maps to a location by counting
/// characters from the start of its stretch. Rules never search the source again.
public struct TextMap: Sendable, Hashable {
  /// A stretch of the block text that stands verbatim, on one line, in the source.
  public struct Segment: Sendable, Hashable {
    /// UTF-8 offset in the block text where the stretch starts.
    public var textOffset: Int
    /// Where its first character is in the source.
    public var location: SourceLocation

    public init(textOffset: Int, location: SourceLocation) {
      self.textOffset = textOffset
      self.location = location
    }
  }

  /// Sorted by `textOffset`; never empty.
  public let segments: [Segment]

  public init(segments: [Segment]) {
    precondition(!segments.isEmpty, "a text map needs at least one segment")
    self.segments = segments.sorted { $0.textOffset < $1.textOffset }
  }

  /// A map where the whole text starts at one place (Word paragraphs, generated text).
  public init(start: SourceLocation) {
    self.segments = [Segment(textOffset: 0, location: start)]
  }

  /// The source location of the character at `index` in `text` (the block text this map
  /// was built for).
  public func location(of index: String.Index, in text: String) -> SourceLocation {
    let offset = text.utf8.distance(from: text.startIndex, to: index)
    var chosen = segments[0]
    for segment in segments where segment.textOffset <= offset { chosen = segment }
    let segmentStart = text.utf8.index(text.startIndex, offsetBy: min(chosen.textOffset, text.utf8.count))
    let characters = text[segmentStart..<max(segmentStart, index)].count
    return chosen.location.advanced(by: characters)
  }
}
