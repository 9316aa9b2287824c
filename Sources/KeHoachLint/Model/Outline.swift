/// The section tree of a plan, built from visible labels ("Phần I", "I.", "1.", "a)") and
/// heading levels, the way a reader sees the structure on screen.
public struct Outline: Sendable {
  /// One section: its heading block and the blocks up to the next section at its level or above.
  public struct Node: Sendable, Hashable {
    public let label: SectionLabel?
    /// The title as written (for "Phần I" on its own line, the title line after it).
    public let title: String
    /// The title's folded comparison key (`VietnameseFolding.titleKey`), made once.
    public let titleKey: String
    /// Index of the heading block in `PlanDocument.blocks`.
    public let blockIndex: Int
    /// One past the last block of the section, children included.
    public let endBlockIndex: Int
    /// Depth of the label style (see `SectionLabel.rank`); smaller is higher.
    public let rank: Int
    /// Whether the heading was a letter point or a labelled paragraph rather than a heading line.
    public let isPoint: Bool
    public let location: SourceLocation
    public let children: [Node]
    /// One past the heading's blocks: the heading, and the paragraph holding the title of a
    /// "Phần I" written alone on its line.
    public let headingEndIndex: Int
    /// A "Phụ lục" after the signature block: not a section of the plan's framework.
    public var isAppendix = false

    /// Whether block `index` lies in this section (its heading included).
    public func contains(block index: Int) -> Bool { blockIndex <= index && index < endBlockIndex }

    /// The blocks after the heading (and after its title paragraph).
    public var body: Range<Int> { headingEndIndex..<max(headingEndIndex, endBlockIndex) }

    /// A part or Roman section assessing the past ("Phần I. Đánh giá kết quả … giai đoạn
    /// 2016-2020", "Hiện trạng"): what it lists is not what the plan plans.
    public var isAssessment: Bool {
      !isPoint && rank <= 3 && Self.assessmentWords.contains { titleKey.contains($0) }
    }

    static let assessmentWords = ["danh gia", "hien trang", "thuc trang"]

    /// The label and title as they would be printed: "VI. LỘ TRÌNH THỰC HIỆN".
    public var displayTitle: String {
      guard let label else { return title }
      return title.isEmpty ? label.text : "\(label.text) \(title)"
    }
  }

  public let roots: [Node]
  /// Index of the first block that belongs to a section (everything before is the header).
  public let firstSectionBlockIndex: Int

  public init(document: PlanDocument) {
    let headings = SectionHeadingDetector.detect(in: document.blocks)
    self.firstSectionBlockIndex = headings.first?.blockIndex ?? document.blocks.count
    var position = 0
    self.roots = Outline.build(headings, position: &position, parentRank: 0, end: document.blocks.count)
  }

  /// All nodes, depth first, in document order.
  public var allNodes: [Node] {
    var result: [Node] = []
    func walk(_ nodes: [Node]) {
      for node in nodes {
        result.append(node)
        walk(node.children)
      }
    }
    walk(roots)
    return result
  }

  /// The sections that contain block `index`, outermost first.
  public func path(forBlock index: Int) -> [Node] {
    var path: [Node] = []
    var level = roots
    while let node = level.first(where: { $0.contains(block: index) }) {
      path.append(node)
      level = node.children
    }
    return path
  }

  /// Titles of the sections that contain block `index`, outermost first.
  public func headingPath(forBlock index: Int) -> [String] {
    var path: [String] = []
    var level = roots
    while let node = level.first(where: { $0.blockIndex <= index && index < $0.endBlockIndex }) {
      path.append(node.displayTitle)
      level = node.children
    }
    return path
  }

  private static func build(_ headings: [SectionHeading], position: inout Int, parentRank: Int, end: Int) -> [Node] {
    var nodes: [Node] = []
    while position < headings.count, headings[position].rank > parentRank {
      let heading = headings[position]
      position += 1
      let children = build(headings, position: &position, parentRank: heading.rank, end: end)
      let endIndex = position < headings.count ? headings[position].blockIndex : end
      nodes.append(
        Node(
          label: heading.label, title: heading.title, titleKey: VietnameseFolding.titleKey(heading.title), blockIndex: heading.blockIndex,
          endBlockIndex: endIndex,
          rank: heading.rank, isPoint: heading.isPoint, location: heading.location, children: children,
          headingEndIndex: min((heading.titleBlockIndex ?? heading.blockIndex) + 1, endIndex), isAppendix: heading.isAppendix))
    }
    return nodes
  }
}
