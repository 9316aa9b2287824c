/// How a Word document is laid out and set, as Word shows it: each section's paper and
/// margins, and the font and size of the body text with styles resolved (document defaults →
/// paragraph style chain → character style chain → direct formatting), for the decree's format
/// checks (Nghị định 30/2020/NĐ-CP, Phụ lục I). Empty for Markdown.
public struct WordFormatting: Sendable, Hashable {
  /// One section of the document (`w:sectPr`), in twentieths of a point (twips) as Word stores them.
  public struct Section: Sendable, Hashable {
    /// 1-based, in document order.
    public var number: Int
    /// The body paragraphs the section holds.
    public var paragraphs: ClosedRange<Int>
    /// `w:pgSz`: nil when the file does not say (Word then shows its own default, Letter).
    public var width: Int?
    public var height: Int?
    /// `w:orient="landscape"`, or a page wider than it is tall.
    public var isLandscape: Bool
    /// `w:pgMar`: nil when the file does not say (Word's default: 1440 twips, 25.4 mm all round).
    public var top: Int?
    public var bottom: Int?
    public var left: Int?
    public var right: Int?
    /// Most of the section's text is in tables (the decree allows such pages in landscape).
    public var isMainlyTable: Bool

    public init(
      number: Int, paragraphs: ClosedRange<Int>, width: Int? = nil, height: Int? = nil, isLandscape: Bool = false,
      top: Int? = nil, bottom: Int? = nil, left: Int? = nil, right: Int? = nil, isMainlyTable: Bool = false
    ) {
      self.number = number
      self.paragraphs = paragraphs
      self.width = width
      self.height = height
      self.isLandscape = isLandscape
      self.top = top
      self.bottom = bottom
      self.left = left
      self.right = right
      self.isMainlyTable = isMainlyTable
    }
  }

  /// How much of the body text is set in one font or one size.
  public struct Share<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// Letters and digits (white space not counted).
    public var characters: Int
    /// The first body paragraph set so.
    public var firstParagraph: Int
  }

  /// The resolved formatting of one paragraph's text (its longest run decides).
  public struct Paragraph: Sendable, Hashable {
    public var number: Int
    /// The paragraph's text (its first 120 characters): a table cell's lines share the cell's
    /// location, so a line is matched to its paragraph by text.
    public var text: String
    public var font: String
    /// How much of a paragraph's text is kept.
    public static let keptCharacters = 120
    /// In half-points (26 = 13 pt).
    public var halfPoints: Int
    public var bold: Bool
    public var italic: Bool
  }

  public var sections: [Section] = []
  /// Fonts of the body text (paragraphs of running text outside tables and headings), most used first.
  public var bodyFonts: [Share<String>] = []
  /// Sizes of the body text in half-points, most used first.
  public var bodySizes: [Share<Int>] = []
  /// The formatting of the paragraphs at the top of the document (the header: Quốc hiệu,
  /// Tiêu ngữ, Số, the date line), outside and inside tables.
  public var headerParagraphs: [Paragraph] = []

  public init() {}

  /// At most this many sections are kept (a hostile file may break every paragraph into one).
  static let maximumSections = 1000

  /// The header paragraph holding `line`, from paragraph `from` on (a line's location is its
  /// cell's first paragraph).
  public func headerParagraph(holding line: Substring, from: Int?) -> Paragraph? {
    guard let from, !line.isEmpty else { return nil }
    // Case aside: `w:caps` shows a lower-case run in capitals.
    let wanted = line.lowercased()
    return headerParagraphs.first { $0.number >= from && $0.text.lowercased().contains(wanted) }
  }
}
