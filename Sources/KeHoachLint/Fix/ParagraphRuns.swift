/// One body paragraph of `document.xml` as the text the DOCX reader builds from it, with, for
/// each character, the run and text element it comes from: what a tracked change needs to
/// split runs at exact places.
///
/// The text is the paragraph *before* `fix`'s own revisions (its deletions read as text, its
/// insertions not), and otherwise as the reader reads it: other tracked insertions kept,
/// deletions and moves away dropped, field results shown, text boxes left out. Only plain
/// runs (in the paragraph or a hyperlink, outside fields, not hidden or in capitals) can be
/// edited; every other character is text to match but not to touch.
struct ParagraphRuns {
  /// A direct child of a run other than its `w:rPr`, at its place in the text.
  struct Child {
    let start: Int
    let end: Int
    /// Where its text starts in `text` and how many scalars it has (0 for marks, breaks
    /// outside the text, drawings).
    let offset: Int
    let length: Int
    /// A `w:t` of an editable run: the text element a change may split.
    let isEditableText: Bool
    /// The decoded text of a `w:t`.
    let text: [Unicode.Scalar]
    /// Dropping it inside a deletion loses nothing (`w:lastRenderedPageBreak`).
    let isDroppable: Bool
  }

  struct Run {
    let start: Int
    var end: Int
    /// The `<w:r …>` tag's bytes range.
    let startTag: Range<Int>
    /// The `<w:rPr>…</w:rPr>` bytes range, if any.
    var properties: Range<Int>?
    var children: [Child] = []
    /// The element the run sits in (its start offset): runs of one change share it.
    let parent: Int
    var isEditable: Bool
  }

  /// The paragraph's text, scalar by scalar.
  private(set) var text: [Unicode.Scalar] = []
  /// For each scalar of `text`, the editable run it belongs to (nil when it may not change).
  private(set) var editableRun: [Int?] = []
  private(set) var runs: [Run] = []

  /// Containers the reader reads through; only hyperlinks are edited through.
  private static let transparent: Set<String> = [
    "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "sdt", "sdtContent", "bdo", "dir",
  ]

  /// Reads the paragraph whose tags are `tags[range]` (start and end tags of the `w:p`
  /// excluded). `fieldsOpen`: a field begun before the paragraph is still open. Revisions
  /// with ids from `ownIDs` on are `fix`'s own.
  init(bytes: [UInt8], tags: ArraySlice<XMLTagScanner.Tag>, prefix: String, fieldsOpen: Bool, ownIDs: Int) {
    // Open elements inside the paragraph: local name, start offset, and how they count.
    var stack: [(local: String, start: Int, excluded: Bool, locked: Bool)] = []
    var fields: [Bool] = fieldsOpen ? [true] : []  // true: showing the result
    var currentRun: Int?
    var childStart: (local: String, start: Int, tagEnd: Int)?
    for tag in tags {
      let isWord = tag.prefix == prefix
      let local = tag.localName
      if tag.isEnd {
        guard let top = stack.popLast() else { break }
        if let run = currentRun, top.local == "r", top.start == runs[run].start {
          runs[run].end = tag.end
          currentRun = nil
          continue
        }
        if let child = childStart, let run = currentRun, top.start == child.start, stack.last?.start == runs[run].start {
          if child.local == "rPr" {
            runs[run].properties = child.start..<tag.end
            let properties = bytes[child.start..<tag.end]
            if Self.hasOn("vanish", in: properties, prefix: prefix) { hiddenRuns.insert(run) }
            // Capitals change the text the reader sees; a formatting revision's id must not be
            // copied into the runs a change splits off.
            if Self.hasOn("caps", in: properties, prefix: prefix) || Self.hasOn("rPrChange", in: properties, prefix: prefix) {
              runs[run].isEditable = false
            }
          } else {
            let content = child.local == "t" || child.local == "delText" ? Array(bytes[child.tagEnd..<tag.start]) : []
            addChild(child.local, start: child.start, end: tag.end, content: content, run: run, fields: fields)
          }
          childStart = nil
        }
        continue
      }
      let parentExcluded = stack.last?.excluded ?? false
      let parentLocked = stack.last?.locked ?? false
      // A direct child of the run (of any namespace: `mc:AlternateContent` holds drawings; a
      // run inside a text box in it is not this run's).
      if let run = currentRun, stack.last?.start == runs[run].start {
        if isWord, local == "fldChar" {
          switch tag.attribute("fldCharType") {
          case "begin": fields.append(false)
          case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
          case "end": _ = fields.popLast()
          default: break
          }
        }
        if tag.isSelfClosing {
          addChild(isWord ? local : tag.name, start: tag.start, end: tag.end, content: [], run: run, fields: fields)
        } else {
          childStart = (isWord ? local : tag.name, tag.start, tag.end)
          stack.append((local, tag.start, true, true))
        }
        continue
      }
      if tag.isSelfClosing { continue }
      var excluded = parentExcluded
      var locked = parentLocked
      if isWord, local == "r", !parentExcluded {
        let editable = !locked && fields.isEmpty
        runs.append(
          Run(start: tag.start, end: tag.end, startTag: tag.start..<tag.end, parent: stack.last?.start ?? -1, isEditable: editable))
        currentRun = runs.count - 1
      } else if isWord, local == "del" || local == "moveFrom" {
        // `fix`'s own deletions are the original text; others are gone in the reader's view.
        let own = (tag.attribute("id").flatMap(Int.init) ?? -1) >= ownIDs
        excluded = excluded || !own
        locked = true
      } else if isWord, local == "ins", (tag.attribute("id").flatMap(Int.init) ?? -1) >= ownIDs {
        excluded = true
      } else if isWord, Self.transparent.contains(local) {
        locked = locked || local != "hyperlink"
      } else {
        excluded = true
      }
      stack.append((local, tag.start, excluded, locked))
    }
    for run in hiddenRuns { runs[run].isEditable = false }
  }

  /// Runs hidden by a direct `w:vanish`: no text in the reader's view.
  private var hiddenRuns: Set<Int> = []

  /// A run's child, with the text the reader takes from it.
  private mutating func addChild(_ local: String, start: Int, end: Int, content: [UInt8], run: Int, fields: [Bool]) {
    let shown = fields.allSatisfy { $0 } && !hiddenRuns.contains(run)
    var scalars: [Unicode.Scalar] = []
    var isText = false
    if shown {
      switch local {
      case "t", "delText":
        scalars = Array(XMLEntities.decode(content).unicodeScalars)
        isText = local == "t"
      case "tab", "ptab": scalars = ["\t"]
      case "br", "cr": scalars = ["\n"]
      case "noBreakHyphen": scalars = ["-"]
      case "sym": scalars = ["\u{FFFC}"]
      default: break
      }
    }
    // A CDATA section or a child element inside `w:t` is not plain text to split.
    let plain = !content.contains(UInt8(ascii: "<"))
    let editable = isText && plain && runs[run].isEditable && fields.isEmpty
    let child = Child(
      start: start, end: end, offset: text.count, length: scalars.count, isEditableText: editable, text: scalars,
      isDroppable: local == "lastRenderedPageBreak" || local == "proofErr")
    runs[run].children.append(child)
    text += scalars
    editableRun += Array(repeating: editable ? run : nil, count: scalars.count)
  }

  /// Whether `properties` hold `<w:NAME/>` switched on (no `w:val`, or not 0/false/off).
  static func hasOn(_ name: String, in properties: ArraySlice<UInt8>, prefix: String) -> Bool {
    guard let tags = XMLTagScanner.tags(Array(properties)) else { return true }
    return tags.contains { tag in
      !tag.isEnd && tag.prefix == prefix && tag.localName == name && !["0", "false", "off"].contains(tag.attribute("val") ?? "on")
    }
  }
}
