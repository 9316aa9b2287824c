import Foundation
import KeHoachLint
import ZIPFoundation

/// Builds small Word documents in memory for the DOCX reader's tests.
enum TestDocx {
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let strictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let namespaces = """
    xmlns:w="\(wordNamespace)" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:v="urn:schemas-microsoft-com:vml" \
    xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"
    """

  /// A `w:document` whose body is `body`.
  static func document(_ body: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(namespaces)><w:body>\(body)</w:body></w:document>"
  }

  /// `<w:p>` with plain runs, one per string.
  static func paragraph(_ runs: String..., properties: String = "") -> String {
    "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs.map(run).joined())</w:p>"
  }

  static func run(_ text: String) -> String {
    "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
  }

  static func styles(_ content: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(namespaces)>\(content)</w:styles>"
  }

  static func numbering(_ content: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(namespaces)>\(content)</w:numbering>"
  }

  static func footnotes(_ content: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?><w:footnotes \(namespaces)>\
    <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
    <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
    \(content)</w:footnotes>
    """
  }

  /// A `.docx` package: the given parts plus content types and relationships.
  static func package(
    document: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
    mainPart: String = "word/document.xml", extraParts: [String: String] = [:]
  ) throws -> [UInt8] {
    var documentRelationships = ""
    var parts: [String: String] = [mainPart: document]
    let folder = mainPart.split(separator: "/").dropLast().joined(separator: "/")
    for (kind, content) in [("styles", styles), ("numbering", numbering), ("footnotes", footnotes)] {
      guard let content else { continue }
      parts["\(folder)/\(kind).xml"] = content
      documentRelationships += """
        <Relationship Id="r\(kind)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)" \
        Target="\(kind).xml"/>
        """
    }
    parts["[Content_Types].xml"] = """
      <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/></Types>
      """
    parts["_rels/.rels"] = """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="\(mainPart)"/></Relationships>
      """
    let name = mainPart.split(separator: "/").last.map(String.init) ?? mainPart
    parts["\(folder)/_rels/\(name).rels"] = """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      \(documentRelationships)</Relationships>
      """
    parts.merge(extraParts) { _, new in new }
    return try zip(parts.mapValues { Data($0.utf8) })
  }

  /// A ZIP archive of `entries`, deflated, built in memory.
  static func zip(_ entries: [String: Data]) throws -> [UInt8] {
    let archive = try Archive(accessMode: .create)
    for (path, data) in entries.sorted(by: { $0.key < $1.key }) {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return [UInt8](archive.data ?? Data())
  }

  /// Reads a standalone `document.xml` string.
  static func readXML(_ xml: String, file: String = "document.xml") throws -> PlanDocument {
    try WordXMLReader().read(bytes: Array(xml.utf8), file: file)
  }

  /// Reads the body of a document given as body XML.
  static func read(body: String) throws -> PlanDocument {
    try readXML(document(body))
  }

  static func read(_ bytes: [UInt8], file: String = "test.docx", limits: DocxLimits = DocxLimits()) throws -> PlanDocument {
    try DocxReader(limits: limits).read(bytes: bytes, file: file)
  }

  /// The texts of the blocks that are not tables.
  static func texts(_ document: PlanDocument) -> [String] {
    document.blocks.filter { $0.kind != .table }.map(\.text)
  }

  /// The repository's root, found from this file (tests must not depend on the working directory).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func fixture(_ relativePath: String) -> String {
    repositoryRoot.appendingPathComponent(relativePath).path
  }
}
