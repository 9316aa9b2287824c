/// Reads a `.docx` (a ZIP package of WordprocessingML) into the neutral model, in memory.
///
/// The main document is found the way Word finds it, through the package relationships
/// (`_rels/.rels` → officeDocument, which need not be `word/document.xml`), and its own
/// relationships name the styles, numbering and notes parts.
public struct DocxReader: Sendable {
  public var limits: DocxLimits

  public init(limits: DocxLimits = DocxLimits()) {
    self.limits = limits
  }

  public func read(bytes: [UInt8], file: String) throws(KeHoachLintError) -> PlanDocument {
    let package = try DocxPackage(bytes: bytes, file: file, limits: limits)
    let mainPart = try self.mainPart(of: package)
    guard let mainBytes = try package.read(mainPart) else {
      throw .notAWordDocument(path: file, reason: Messages.Input.mainPartMissing(mainPart))
    }
    var parts = WordParts()
    let main = try XMLStreamReader(bytes: mainBytes, file: file, part: mainPart)
    try main.moveToRootElement()
    guard main.isWord("document") else {
      throw .notAWordDocument(path: file, reason: Messages.Input.mainPartNotWord(mainPart, element: main.localName))
    }
    try parts.read(root: main)

    let relationshipsPart = PackageRelationships.relationshipsPart(for: mainPart)
    let relationships = try package.read(relationshipsPart).map { bytes throws(KeHoachLintError) in
      try PackageRelationships(bytes: bytes, source: mainPart, file: file, part: relationshipsPart)
    }
    for kind in ["styles", "numbering", "footnotes", "endnotes", "comments", "settings"] {
      // Without relationships, fall back to the conventional part names beside the main part.
      let name =
        relationships?.target(ofKind: kind) ?? PackageRelationships.resolve("\(kind).xml", against: mainPart)
      guard let bytes = try package.read(name) else { continue }
      let reader = try XMLStreamReader(bytes: bytes, file: file, part: name)
      try reader.moveToRootElement()
      if reader.isWord(kind) { try parts.read(root: reader) }
    }
    // The theme names the fonts runs refer to as "minorHAnsi"/"majorHAnsi".
    let themePart = relationships?.target(ofKind: "theme") ?? PackageRelationships.resolve("theme/theme1.xml", against: mainPart)
    if let bytes = try package.read(themePart) {
      let reader = try XMLStreamReader(bytes: bytes, file: file, part: themePart)
      try reader.moveToRootElement()
      try parts.read(root: reader, expected: "theme")
    }
    try readPackageFacts(package, mainPart: mainPart, into: &parts.draftState)
    return try parts.document(file: file, format: .docx, maximumParagraphLength: limits.maximumParagraphLength)
  }

  /// The main part's content type (macro-enabled or not) and the people and organisation the
  /// document properties name (`docProps/core.xml`, `docProps/app.xml`).
  private func readPackageFacts(
    _ package: DocxPackage, mainPart: String, into state: inout WordDraftState
  ) throws(KeHoachLintError) {
    let file = package.file
    if let bytes = try package.read("[Content_Types].xml") {
      let reader = try XMLStreamReader(bytes: bytes, file: file, part: "[Content_Types].xml")
      try reader.moveToRootElement()
      try reader.forEachChild { entry throws(KeHoachLintError) in
        guard entry.localName == "Override", let type = entry.attribute("ContentType")?.lowercased(),
          PackageRelationships.resolve(entry.attribute("PartName") ?? "", against: "").lowercased() == mainPart.lowercased()
        else { return }
        if type.contains("macroenabled") { state.isMacroEnabled = true }
      }
    }
    let wanted: [(part: String, element: String, name: String)] = [
      ("docProps/core.xml", "creator", "dc:creator"), ("docProps/core.xml", "lastModifiedBy", "cp:lastModifiedBy"),
      ("docProps/app.xml", "Company", "Company"), ("docProps/app.xml", "Manager", "Manager"),
    ]
    for part in ["docProps/core.xml", "docProps/app.xml"] {
      guard let bytes = try package.read(part) else { continue }
      let reader = try XMLStreamReader(bytes: bytes, file: file, part: part)
      try reader.moveToRootElement()
      try reader.forEachChild { property throws(KeHoachLintError) in
        guard let name = wanted.first(where: { $0.part == part && $0.element == property.localName })?.name else { return }
        let value = TextScalars.trimmingWhitespace(try property.textContent())
        if !value.isEmpty { state.properties.append(WordDraftState.Property(name: name, value: value)) }
      }
    }
  }

  /// `_rels/.rels` → the officeDocument relationship; else `word/document.xml` if present.
  private func mainPart(of package: DocxPackage) throws(KeHoachLintError) -> String {
    let file = package.file
    if let bytes = try package.read("_rels/.rels") {
      let relationships = try PackageRelationships(bytes: bytes, source: "", file: file, part: "_rels/.rels")
      if let target = relationships.target(ofKind: "officeDocument") { return target }
    }
    if package.contains("word/document.xml") { return "word/document.xml" }
    let reason =
      package.contains("[Content_Types].xml")
      ? Messages.Input.officeWithoutWord : Messages.Input.zipNotOffice
    throw .notAWordDocument(path: file, reason: reason)
  }
}

/// Reads Word XML given as one file: `word/document.xml` on its own (no styles or numbering,
/// so headings come from style ids only), or a Flat OPC "Word XML Document" (`pkg:package`,
/// each part inside a `pkg:part/pkg:xmlData`), read in one streaming pass.
public struct WordXMLReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws(KeHoachLintError) -> PlanDocument {
    let partName = file.split(separator: "/").last.map(String.init) ?? file
    let reader = try XMLStreamReader(bytes: bytes, file: file, part: partName)
    try reader.moveToRootElement()
    var parts = WordParts()
    if reader.isWord("document") {
      try parts.read(root: reader)
    } else if reader.namespace == .flatPackage, reader.localName == "package" {
      try readFlatPackage(reader, into: &parts)
    } else {
      throw .notAWordDocument(path: file, reason: Messages.Input.rootNotWord(reader.localName))
    }
    return try parts.document(file: file, format: .wordXML)
  }

  private func readFlatPackage(_ reader: XMLStreamReader, into parts: inout WordParts) throws(KeHoachLintError) {
    try reader.forEachChild { part throws(KeHoachLintError) in
      guard part.namespace == .flatPackage, part.localName == "part" else { return }
      // The content type tells styles.xml from stylesWithEffects.xml (same root element).
      let expected = part.attribute("contentType", in: .flatPackage).map(WordParts.kind(ofContentType:))
      guard expected != "" else { return }
      try part.forEachChild { data throws(KeHoachLintError) in
        guard data.namespace == .flatPackage, data.localName == "xmlData" else { return }
        try data.forEachChild { root throws(KeHoachLintError) in try parts.read(root: root, expected: expected) }
      }
    }
  }
}
