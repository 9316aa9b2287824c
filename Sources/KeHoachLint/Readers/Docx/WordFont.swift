/// A run's Latin font as `w:rFonts` says it: a font name, or a theme slot ("minorHAnsi")
/// resolved through the theme part. A theme attribute wins over the name, as in Word.
enum WordFont: Sendable, Hashable {
  case named(String)
  case theme(major: Bool)

  /// Nil when the element names no Latin font (only East Asian or complex-script ones).
  init?(_ element: XMLStreamReader) {
    if let theme = element.attribute("asciiTheme", in: .word) ?? element.attribute("hAnsiTheme", in: .word) {
      self = .theme(major: theme.hasPrefix("major"))
    } else if let name = element.attribute("ascii", in: .word) ?? element.attribute("hAnsi", in: .word) {
      // Names are short; a hostile file's long value is cut, not kept.
      self = .named(String(name.prefix(64)))
    } else {
      return nil
    }
  }
}

/// The theme's fonts (`a:fontScheme`: major for headings, minor for body), by Latin typeface.
struct WordThemeFonts: Sendable, Hashable {
  var major: String?
  var minor: String?

  /// Reads the `a:theme` element the reader is on.
  init(reader: XMLStreamReader) throws(KeHoachLintError) {
    try reader.forEachChild { elements throws(KeHoachLintError) in
      guard elements.localName == "themeElements" else { return }
      try elements.forEachChild { scheme throws(KeHoachLintError) in
        guard scheme.localName == "fontScheme" else { return }
        try scheme.forEachChild { font throws(KeHoachLintError) in
          guard font.localName == "majorFont" || font.localName == "minorFont" else { return }
          let isMajor = font.localName == "majorFont"
          try font.forEachChild { latin throws(KeHoachLintError) in
            guard latin.localName == "latin", let face = latin.attribute("typeface") else { return }
            if isMajor { self.major = String(face.prefix(64)) } else { self.minor = String(face.prefix(64)) }
          }
        }
      }
    }
  }

  init() {}

  /// The name Word shows for `font`; nil for a theme slot the theme does not fill.
  func name(of font: WordFont) -> String? {
    switch font {
    case .named(let name): return name
    case .theme(let major): return major ? self.major : minor
    }
  }
}

/// A section's page setup (`w:sectPr`): `w:pgSz` and `w:pgMar`, in twips.
struct WordSectionSetup: Sendable, Hashable {
  var width: Int?
  var height: Int?
  var landscape = false
  var top: Int?
  var bottom: Int?
  var left: Int?
  var right: Int?
  /// A tracked change of the section's properties (`w:sectPrChange`) waits to be accepted.
  var isRevised = false

  static func read(_ reader: XMLStreamReader) throws(KeHoachLintError) -> WordSectionSetup {
    var setup = WordSectionSetup()
    // Twips are bounded (the schema allows up to 31680, 22 inches); absurd values are kept
    // clamped so arithmetic never overflows.
    func twips(_ element: XMLStreamReader, _ name: String) -> Int? {
      element.attribute(name, in: .word).flatMap { Int($0) }.map { min(max($0, -100_000), 100_000) }
    }
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "pgSz":
        setup.width = twips(child, "w")
        setup.height = twips(child, "h")
        setup.landscape = child.attribute("orient", in: .word) == "landscape"
      case "pgMar":
        setup.top = twips(child, "top").map(abs)
        setup.bottom = twips(child, "bottom").map(abs)
        setup.left = twips(child, "left")
        setup.right = twips(child, "right")
      case "sectPrChange": setup.isRevised = true
      default: return
      }
    }
    return setup
  }
}
