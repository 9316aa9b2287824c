import CLibXML2
import Foundation

/// A forward-only, namespace-aware reader over one XML part, on libxml2's `xmlTextReader`.
///
/// Safety (research note §4.3): no network, no entity substitution, no DTD loading, the
/// entity-amplification guard left on (no `XML_PARSE_HUGE`), a deny-all external entity
/// loader, and any DOCTYPE, entity declaration or entity reference rejected outright — OPC
/// forbids DTDs in a package, so a part that has one is hostile or broken.
///
/// Callers walk the tree in recursive descent: positioned on an element, `forEachChild` hands
/// over each child element and guarantees the child is consumed whether or not the visitor
/// descended into it. `mc:AlternateContent` is resolved there, once, for every part: exactly
/// one branch is visited, as if its children stood in place of the wrapper.
final class XMLStreamReader {
  /// libxml2's node types (`xmlReaderTypes`).
  enum NodeType: Int32 {
    case none = 0
    case element = 1
    case attribute = 2
    case text = 3
    case cdata = 4
    case entityReference = 5
    case entity = 6
    case processingInstruction = 7
    case comment = 8
    case document = 9
    case documentType = 10
    case documentFragment = 11
    case notation = 12
    case whitespace = 13
    case significantWhitespace = 14
    case endElement = 15
    case endEntity = 16
    case xmlDeclaration = 17
  }

  let file: String
  let part: String
  private let reader: xmlTextReaderPtr
  private let buffer: UnsafeMutableBufferPointer<CChar>
  private let errors = ParserErrors()
  private var nameCache: [UnsafeRawPointer: String] = [:]
  private var namespaceCache: [UnsafeRawPointer: OOXMLNamespace] = [:]

  private(set) var nodeType: NodeType = .none
  /// Bumped on every node read, so `forEachChild` can tell whether a visitor consumed its child.
  private var readCount = 0

  /// Never `XML_PARSE_NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`, `XINCLUDE`, `HUGE` or `RECOVER`.
  private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

  /// libxml2's external entity loader is process-wide; it is set once, to refuse everything,
  /// before the first reader exists. Nothing else in the process needs external entities.
  private static let installSafeDefaults: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { _, _, _ in nil }
  }()

  init(bytes: [UInt8], file: String, part: String) throws(KeHoachLintError) {
    Self.installSafeDefaults
    self.file = file
    self.part = part
    if XMLProlog.declaresDocumentType(bytes) {
      throw .malformedXML(path: file, part: part, reason: Messages.Input.doctypeForbidden)
    }
    let storage = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
    bytes.withUnsafeBufferPointer { source in
      source.withMemoryRebound(to: CChar.self) { chars in _ = storage.initialize(from: chars) }
    }
    guard let created = xmlReaderForMemory(storage.baseAddress, Int32(clamping: bytes.count), part, nil, Self.options)
    else {
      storage.deallocate()
      throw .malformedXML(path: file, part: part, reason: Messages.Input.parserDidNotStart)
    }
    buffer = storage
    reader = created
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        Unmanaged<ParserErrors>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
      }, Unmanaged.passUnretained(errors).toOpaque())
  }

  deinit {
    xmlFreeTextReader(reader)
    buffer.deallocate()
  }

  // MARK: Reading

  /// Moves to the next node; false at the end of the part.
  @discardableResult
  func read() throws(KeHoachLintError) -> Bool {
    let status = xmlTextReaderRead(reader)
    readCount += 1
    if status == 0 {
      nodeType = .none
      return false
    }
    guard status == 1 else { throw parseFailure() }
    nodeType = NodeType(rawValue: xmlTextReaderNodeType(reader)) ?? .none
    switch nodeType {
    case .documentType, .entity, .entityReference, .endEntity:
      throw malformed(Messages.Input.doctypeOrEntityForbidden)
    default:
      return true
    }
  }

  /// Moves to the root element; throws when the part has none.
  func moveToRootElement() throws(KeHoachLintError) {
    while try read() {
      if nodeType == .element { return }
    }
    throw malformed(errors.first.map(Messages.Input.parser) ?? Messages.Input.noRootElement)
  }

  var depth: Int32 { xmlTextReaderDepth(reader) }
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The local name of the current element (interned by libxml2, so cached by address).
  var localName: String {
    guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
    let key = UnsafeRawPointer(pointer)
    if let cached = nameCache[key] { return cached }
    let name = String(cString: pointer)
    nameCache[key] = name
    return name
  }

  var namespace: OOXMLNamespace {
    guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return .other }
    let key = UnsafeRawPointer(pointer)
    if let cached = namespaceCache[key] { return cached }
    let namespace = OOXMLNamespace(uri: String(cString: pointer))
    namespaceCache[key] = namespace
    return namespace
  }

  /// Whether the current node is the element `name` in WordprocessingML.
  func isWord(_ name: String) -> Bool { namespace == .word && localName == name }

  /// The value of a text node.
  var value: String {
    guard let pointer = xmlTextReaderConstValue(reader) else { return "" }
    return String(cString: pointer)
  }

  /// The attribute `name` of the current element in `namespace` (transitional or strict URI).
  func attribute(_ name: String, in namespace: OOXMLNamespace) -> String? {
    let uris: [String]
    switch namespace {
    case .word: uris = [OOXMLNamespace.wordTransitional, OOXMLNamespace.wordStrict]
    case .officeRelationships: uris = [OOXMLNamespace.relationshipsTransitional, OOXMLNamespace.relationshipsStrict]
    case .flatPackage: uris = [OOXMLNamespace.flatPackageURI]
    case .markupCompatibility: uris = [OOXMLNamespace.markupCompatibilityURI]
    case .packageRelationships, .other: uris = []
    }
    for uri in uris {
      if xmlTextReaderMoveToAttributeNs(reader, name, uri) == 1 {
        defer { xmlTextReaderMoveToElement(reader) }
        return value
      }
    }
    return nil
  }

  /// An attribute without a namespace (`Type`, `Target`, `Requires`).
  func attribute(_ name: String) -> String? {
    guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
    defer { xmlTextReaderMoveToElement(reader) }
    return value
  }

  /// `w:val` of the current element.
  var wordValue: String? { attribute("val", in: .word) }

  // MARK: Walking

  /// Positioned on an element's start tag: calls `visit` for each child element, then leaves
  /// the reader on the element's end. A child the visitor did not descend into is skipped.
  func forEachChild(_ visit: (XMLStreamReader) throws(KeHoachLintError) -> Void) throws(KeHoachLintError) {
    guard nodeType == .element, !isEmptyElement else { return }
    let parentDepth = depth
    while try read() {
      if nodeType == .endElement && depth == parentDepth { return }
      guard nodeType == .element else { continue }
      if namespace == .markupCompatibility && localName == "AlternateContent" {
        try forEachChildOfChosenBranch(visit)
        continue
      }
      let before = readCount
      let childDepth = depth
      try visit(self)
      if readCount == before, nodeType == .element, depth == childDepth { try skipElement() }
    }
    throw malformed(Messages.Input.unexpectedEnd)
  }

  /// ECMA-376 Part 3 §9.3: the first `mc:Choice` whose required namespaces are understood,
  /// else `mc:Fallback`; never both (text boxes are stored in both).
  private func forEachChildOfChosenBranch(_ visit: (XMLStreamReader) throws(KeHoachLintError) -> Void) throws(KeHoachLintError) {
    var chosen = false
    try forEachChild { branch throws(KeHoachLintError) in
      guard branch.namespace == .markupCompatibility, !chosen else { return }
      switch branch.localName {
      case "Choice" where branch.requiresOnlyUnderstoodNamespaces():
        chosen = true
        try branch.forEachChild(visit)
      case "Fallback":
        chosen = true
        try branch.forEachChild(visit)
      default:
        return
      }
    }
  }

  private func requiresOnlyUnderstoodNamespaces() -> Bool {
    guard let requires = attribute("Requires"), let node = xmlTextReaderCurrentNode(reader) else { return false }
    let prefixes = requires.split(separator: " ")
    guard !prefixes.isEmpty else { return false }
    return prefixes.allSatisfy { prefix in
      guard let found = xmlSearchNs(node.pointee.doc, node, String(prefix)), let href = found.pointee.href else { return false }
      return OOXMLNamespace.isUnderstoodInChoice(String(cString: href))
    }
  }

  /// From an element's start tag to its end tag, ignoring everything inside.
  func skipElement() throws(KeHoachLintError) {
    guard nodeType == .element, !isEmptyElement else { return }
    let start = depth
    while try read() {
      if nodeType == .endElement && depth == start { return }
    }
    throw malformed(Messages.Input.unexpectedEnd)
  }

  /// The concatenated character data inside the current element (text, CDATA and
  /// whitespace-only text, which libxml2 reports as significant whitespace).
  func textContent() throws(KeHoachLintError) -> String {
    guard nodeType == .element, !isEmptyElement else { return "" }
    let start = depth
    var text = ""
    while try read() {
      switch nodeType {
      case .text, .cdata, .significantWhitespace, .whitespace: text += value
      case .endElement where depth == start: return text
      default: continue
      }
    }
    throw malformed(Messages.Input.unexpectedEnd)
  }

  func malformed(_ reason: LocalizedText) -> KeHoachLintError {
    .malformedXML(path: file, part: part, reason: reason)
  }

  /// libxml2's own caps (no `XML_PARSE_HUGE`: 256 levels deep, 10 MB in one text node, long
  /// names, comments, attribute values) are limits the part went past, not damage.
  private func parseFailure() -> KeHoachLintError {
    let reason = errors.first ?? "unreadable XML"
    let lowered = reason.lowercased()
    let isLimit = ["xml_parse_huge", "huge text node", "huge input", "too long", "too big"].contains { lowered.contains($0) }
    let problem = Messages.Input.parser(reason)
    return isLimit ? .limitExceeded(path: file, limit: Messages.Input.inPart(part, problem)) : malformed(problem)
  }
}

/// Collects libxml2's errors for one reader (its structured error callback).
private final class ParserErrors {
  private(set) var first: String?

  func record(_ error: xmlError) {
    guard first == nil else { return }
    let message = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "error \(error.code)"
    first = error.line > 0 ? "line \(error.line): \(message)" : message
  }
}

/// Looks at a part's prolog, before libxml2 sees it, for a document type declaration.
enum XMLProlog {
  /// Whether `<!DOCTYPE` appears before the root element (UTF-8, or UTF-16 read as bytes).
  static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
    // UTF-16 parts: keep only the low bytes of the first characters so the markup reads as ASCII.
    var head = Array(bytes.prefix(8192))
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x3C, 0x00])
      || head.starts(with: [0x00, 0x3C])
    {
      head = head.filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE }
    }
    let doctype = Array("<!DOCTYPE".utf8)
    var index = 0
    while index < head.count {
      guard head[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      let rest = head[index...]
      if rest.starts(with: doctype) { return true }
      if rest.starts(with: Array("<?".utf8)) {
        index = position(of: Array("?>".utf8), in: head, from: index + 2) ?? head.count
      } else if rest.starts(with: Array("<!--".utf8)) {
        index = position(of: Array("-->".utf8), in: head, from: index + 4) ?? head.count
      } else if rest.count > 1, rest[rest.startIndex + 1] == UInt8(ascii: "!") {
        return true  // another markup declaration before the root: not a well-formed OPC part
      } else {
        return false  // the root element starts
      }
    }
    return false
  }

  private static func position(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index..<index + needle.count].elementsEqual(needle) { return index + needle.count }
      index += 1
    }
    return nil
  }
}
