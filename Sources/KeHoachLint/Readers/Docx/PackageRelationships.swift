import Foundation

/// The relationships of one package part (`_rels/.rels`, `word/_rels/document.xml.rels`).
struct PackageRelationships {
  struct Relationship {
    let id: String
    /// The last path component of the type URI ("officeDocument", "styles", "footnotes"),
    /// which is the same in the transitional and strict vocabularies.
    let kind: String
    /// The target part's name, resolved against the source part, without a leading slash.
    let target: String
  }

  private(set) var relationships: [Relationship] = []

  init() {}

  /// Parses a `.rels` part whose source part is `source` ("" for the package itself).
  init(bytes: [UInt8], source: String, file: String, part: String) throws(KeHoachLintError) {
    let reader = try XMLStreamReader(bytes: bytes, file: file, part: part)
    try reader.moveToRootElement()
    try self.init(reader: reader, source: source)
  }

  /// Reads the `Relationships` element the reader is on.
  init(reader: XMLStreamReader, source: String) throws(KeHoachLintError) {
    var found: [Relationship] = []
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.localName == "Relationship", child.attribute("TargetMode")?.lowercased() != "external",
        let type = child.attribute("Type"), let target = child.attribute("Target")
      else { return }
      let kind = type.split(separator: "/").last.map(String.init) ?? type
      found.append(
        Relationship(id: child.attribute("Id") ?? "", kind: kind, target: Self.resolve(target, against: source)))
    }
    relationships = found
  }

  /// The target of the first relationship of `kind`.
  func target(ofKind kind: String) -> String? {
    relationships.first { $0.kind == kind }?.target
  }

  /// Where the relationships of `part` are stored: "word/document.xml" → "word/_rels/document.xml.rels".
  static func relationshipsPart(for part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
    return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
  }

  /// Resolves a relative target against the folder of `source` (RFC 3986 dot segments).
  static func resolve(_ target: String, against source: String) -> String {
    let cleaned = target.replacingOccurrences(of: "\\", with: "/")
    var components: [Substring]
    if cleaned.hasPrefix("/") {
      components = []
    } else {
      components = source.split(separator: "/", omittingEmptySubsequences: true)
      if !components.isEmpty { components.removeLast() }
    }
    for component in cleaned.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(component)
      }
    }
    return components.joined(separator: "/")
  }
}
