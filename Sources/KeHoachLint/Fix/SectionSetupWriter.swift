/// A section's paper and margins rewritten as Word records a tracked change of section
/// properties: the new `w:pgSz`/`w:pgMar` in the `w:sectPr`, and its old properties in a
/// `w:sectPrChange` as the section's last child (ECMA-376 CT_SectPr ends with it), so Word's
/// Review pane shows "Formatted: … page setup" to accept or reject.
extension RevisionWriter {
  /// Children of `w:sectPr` that come before `w:pgSz` in the schema's order.
  private static let beforePageSize: Set<String> = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type"]
  /// CT_SectPrBase: what the old properties inside `w:sectPrChange` may hold (no header or
  /// footer references, no nested change).
  private static let baseProperties: Set<String> = [
    "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
    "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
  ]
  /// Where the reader finds sections: the body and its paragraphs, in tables, content
  /// controls and inserted runs; not text boxes, deleted text or earlier properties.
  private static let sectionAncestors: Set<String> = [
    "document", "body", "tbl", "tr", "tc", "p", "pPr", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag",
  ]
  /// Word's margins when a section names none: 25.4 mm, header and footer 12.7 mm.
  private static let defaultMargins = [
    ("top", 1440), ("right", 1440), ("bottom", 1440), ("left", 1440), ("header", 720), ("footer", 720), ("gutter", 0),
  ]

  /// Applies `fix` to the document of `sections` sections (as the reader counted them); the
  /// reason it could not, or nil.
  mutating func apply(_ fix: PageSetupFix, sections: Int) -> Messages.Fix.SkipReason? {
    guard let tags = XMLTagScanner.tags(xml) else { return .notLocated }
    let found = sectionStarts(tags)
    if found.isEmpty {
      // No `w:sectPr` at all: Word lays the one section out with its defaults; the body's own
      // section properties are added at its end.
      guard sections == 1, fix.section == 1, fix.before == PageSetup(),
        let bodyEnd = tags.lastIndex(where: { $0.isEnd && $0.prefix == prefix && $0.localName == "body" })
      else { return .notLocated }
      let text = sectionProperties(startTag: "<\(w)sectPr>", children: [], fix: fix)
      xml.replaceSubrange(tags[bodyEnd].start..<tags[bodyEnd].start, with: Array(text.utf8))
      return nil
    }
    guard found.count == sections, found.indices.contains(fix.section - 1) else { return .notLocated }
    let start = found[fix.section - 1]
    let opening = tags[start]
    var end = start
    var children: [Child] = []
    if !opening.isSelfClosing {
      var depth = 0
      var index = start + 1
      var childStart = index
      while index < tags.count {
        let tag = tags[index]
        if tag.isEnd {
          if depth == 0 { break }
          depth -= 1
          if depth == 0 { children.append(Child(tags: tags, first: childStart, last: index)) }
        } else if tag.isSelfClosing {
          if depth == 0 { children.append(Child(tags: tags, first: index, last: index)) }
        } else {
          if depth == 0 { childStart = index }
          depth += 1
        }
        index += 1
      }
      guard index < tags.count, tags[index].localName == "sectPr" else { return .notLocated }
      end = index
    }
    // A section already holding a tracked change is left to the person reviewing it.
    guard !children.contains(where: { $0.localName == "sectPrChange" }) else { return .notLocated }
    let pageSize = children.first { $0.is("pgSz", prefix) }
    let margins = children.first { $0.is("pgMar", prefix) }
    let number = { (child: Child?, name: String) in child?.tag.attribute(name).flatMap { Int($0) } }
    let now = PageSetup(
      width: number(pageSize, "w"), height: number(pageSize, "h"), top: number(margins, "top").map(abs),
      bottom: number(margins, "bottom").map(abs), left: number(margins, "left"), right: number(margins, "right"))
    guard now == fix.before else { return .textDiffers }
    var startTag = String(decoding: xml[opening.start..<opening.end], as: UTF8.self)
    if opening.isSelfClosing { startTag = String(startTag.dropLast(2)).trimmingCharacters(in: .whitespaces) + ">" }
    let text = sectionProperties(startTag: startTag, children: children, fix: fix)
    xml.replaceSubrange(opening.start..<tags[end].end, with: Array(text.utf8))
    return nil
  }

  private var w: String { prefix.isEmpty ? "" : prefix + ":" }

  /// One direct child of `w:sectPr`: its start tag and the byte range of the whole element.
  private struct Child {
    let tag: XMLTagScanner.Tag
    let bytes: Range<Int>
    var localName: String { tag.localName }

    init(tags: [XMLTagScanner.Tag], first: Int, last: Int) {
      tag = tags[first]
      bytes = tags[first].start..<tags[last].end
    }

    func `is`(_ name: String, _ prefix: String) -> Bool { tag.prefix == prefix && tag.localName == name }
  }

  /// The start tags (indices into `tags`) of the sections the reader counts, in order.
  private func sectionStarts(_ tags: [XMLTagScanner.Tag]) -> [Int] {
    var stack: [String] = []
    var starts: [Int] = []
    for (index, tag) in tags.enumerated() {
      if tag.isEnd {
        stack.removeLast(stack.isEmpty ? 0 : 1)
        continue
      }
      if tag.prefix == prefix, tag.localName == "sectPr", let parent = stack.last,
        parent == "body" || (parent == "pPr" && stack.dropLast().last == "p"),
        stack.allSatisfy({ Self.sectionAncestors.contains($0) })
      {
        starts.append(index)
      }
      if !tag.isSelfClosing { stack.append(tag.prefix == prefix ? tag.localName : tag.name) }
    }
    return starts
  }

  /// The section's properties with `fix` made: the children in the schema's order, `w:pgSz`
  /// and `w:pgMar` rewritten (made when missing), and the old properties in `w:sectPrChange`.
  private mutating func sectionProperties(startTag: String, children: [Child], fix: PageSetupFix) -> String {
    let bytes = xml
    let text = { (child: Child) in String(decoding: bytes[child.bytes], as: UTF8.self) }
    let pageSize = children.first { $0.is("pgSz", prefix) }
    let margins = children.first { $0.is("pgMar", prefix) }
    var content = children.filter { $0.tag.prefix == prefix && Self.beforePageSize.contains($0.localName) }.map(text).joined()
    if fix.after.width != nil || fix.after.height != nil {
      var attributes = [("w", fix.after.width.map(String.init)), ("h", fix.after.height.map(String.init))].compactMap { name, value in
        value.map { (w + name, $0) }
      }
      if fix.after.landscape == true { attributes.append((w + "orient", "landscape")) }
      // The old paper code and orientation would contradict the new size.
      let kept = (pageSize?.tag.attributes ?? []).filter { !["w", "h", "orient", "code"].contains(local($0.name)) }
      content += element("pgSz", attributes + kept)
    } else if let pageSize {
      content += text(pageSize)
    }
    let changed: [String: Int] = [
      "top": fix.after.top, "bottom": fix.after.bottom, "left": fix.after.left, "right": fix.after.right,
    ].compactMapValues { $0 }
    if changed.isEmpty {
      if let margins { content += text(margins) }
    } else {
      var attributes = margins?.tag.attributes.map { ($0.name, $0.value) } ?? Self.defaultMargins.map { (w + $0.0, String($0.1)) }
      for (side, value) in changed.sorted(by: { $0.key < $1.key }) {
        if let index = attributes.firstIndex(where: { local($0.0) == side }) {
          // A negative top or bottom keeps the text off the header or footer; the sign stays.
          let negative = attributes[index].1.hasPrefix("-")
          attributes[index].1 = String(negative ? -value : value)
        } else {
          attributes.append((w + side, String(value)))
        }
      }
      content += element("pgMar", attributes)
    }
    let placed: Set<String> = Self.beforePageSize.union(["pgSz", "pgMar"])
    content += children.filter { !($0.tag.prefix == prefix && placed.contains($0.localName)) }.map(text).joined()
    let old = children.filter { $0.tag.prefix == prefix && Self.baseProperties.contains($0.localName) }.map(text).joined()
    content += revision("sectPrChange", content: old.isEmpty ? "<\(w)sectPr/>" : "<\(w)sectPr>\(old)</\(w)sectPr>")
    return startTag + content + "</\(w)sectPr>"
  }

  private func local(_ name: String) -> String {
    name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
  }

  private func element(_ name: String, _ attributes: [(String, String)]) -> String {
    "<\(w)\(name)" + attributes.map { " \($0.0)=\"\($0.1)\"" }.joined() + "/>"
  }
}
