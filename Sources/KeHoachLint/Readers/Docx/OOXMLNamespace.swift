/// The vocabularies a Word reader cares about, recognised by namespace URI.
///
/// Prefixes are arbitrary (the corpus has `ns0:` for `w:`), and Strict OOXML uses other URIs
/// (`purl.oclc.org`) for the same elements, so elements are always matched by URI + local name.
enum OOXMLNamespace: Sendable, Hashable {
  /// WordprocessingML, transitional or strict (`w:`).
  case word
  /// Markup compatibility (`mc:AlternateContent`).
  case markupCompatibility
  /// Relationship ids in attributes (`r:id`), transitional or strict.
  case officeRelationships
  /// A package's `.rels` part.
  case packageRelationships
  /// The Flat OPC single-file package (`pkg:package`).
  case flatPackage
  case other

  init(uri: String) {
    switch uri {
    case Self.wordTransitional, Self.wordStrict: self = .word
    case Self.markupCompatibilityURI: self = .markupCompatibility
    case Self.relationshipsTransitional, Self.relationshipsStrict: self = .officeRelationships
    case Self.packageRelationshipsURI: self = .packageRelationships
    case Self.flatPackageURI: self = .flatPackage
    default: self = .other
    }
  }

  static let wordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let wordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let markupCompatibilityURI = "http://schemas.openxmlformats.org/markup-compatibility/2006"
  static let relationshipsTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let relationshipsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
  static let packageRelationshipsURI = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let flatPackageURI = "http://schemas.microsoft.com/office/2006/xmlPackage"

  /// Namespaces whose `mc:Choice` branches this reader understands. Word extensions (w14…)
  /// carry custom number formats; the drawing ones (wps, wpg, wpc) hold the same text boxes as
  /// their VML fallback, which this reader finds in either branch.
  static func isUnderstoodInChoice(_ uri: String) -> Bool {
    uri == wordTransitional || uri == wordStrict || uri.hasPrefix("http://schemas.microsoft.com/office/word/")
  }
}
