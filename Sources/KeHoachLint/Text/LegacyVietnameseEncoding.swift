import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The 8-bit Vietnamese encodings of the pre-Unicode era, still met in drafts typed with
/// .VnTime (TCVN3) or VNI fonts and saved as text. A file that is not UTF-8 is tried in each;
/// when one turns it into Vietnamese text, the plan is checked and the encoding reported.
public enum LegacyVietnameseEncoding: String, Sendable, CaseIterable {
  /// TCVN 5712 (VN3, ".VnTime" fonts).
  case tcvn3 = "TCVN3"
  /// VNI-Windows (base letter followed by a diacritic byte).
  case vni = "VNI"

  /// The decoded text in the encoding that reads best, if any reads as Vietnamese.
  public static func decode(_ bytes: [UInt8]) -> (encoding: LegacyVietnameseEncoding, text: String)? {
    let candidates = allCases.compactMap { encoding in encoding.decode(bytes).map { (encoding, $0) } }
    let scored = candidates.map { (candidate: $0, score: vietnameseScore($0.1)) }
    guard let best = scored.max(by: { $0.score < $1.score }), best.score >= 0.9 else { return nil }
    return best.candidate
  }

  func decode(_ bytes: [UInt8]) -> String? {
    switch self {
    case .tcvn3: Self.iconv(bytes, from: "TCVN5712-1")
    case .vni: VNIDecoder.decode(bytes)
    }
  }

  /// How much `text` reads as Vietnamese: of the words with non-ASCII letters, the share that
  /// are well formed — only Vietnamese letters, at most one tone mark, one case after the
  /// first letter. A wrong decoding (VNI bytes read as TCVN3, say) breaks nearly every word.
  static func vietnameseScore(_ text: String) -> Double {
    var plausible = 0
    var total = 0
    for word in text.split(whereSeparator: { !$0.isLetter }) where word.contains(where: { !$0.isASCII }) {
      total += 1
      let letters = word.precomposedStringWithCanonicalMapping
      let onlyVietnamese = letters.allSatisfy { $0.isASCII || VietnameseLetters.all.contains($0) }
      let tones = letters.decomposedStringWithCanonicalMapping.unicodeScalars.filter { toneMarks.contains($0) }.count
      let rest = letters.dropFirst()
      let oneCase = rest.allSatisfy(\.isUppercase) || rest.allSatisfy(\.isLowercase)
      if onlyVietnamese && tones <= 1 && oneCase { plausible += 1 }
    }
    guard total >= 3 else { return 0 }
    return Double(plausible) / Double(total)
  }

  private static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

  /// glibc's iconv, which knows TCVN 5712.
  private static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
    #if canImport(Glibc)
      let converter = iconv_open("UTF-8", encoding)
      guard converter != iconv_t(bitPattern: -1) else { return nil }
      defer { iconv_close(converter) }
      var input = bytes.map { CChar(bitPattern: $0) }
      var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
      let converted: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
          var inPointer = inputBuffer.baseAddress
          var inLeft = inputBuffer.count
          var outPointer = outputBuffer.baseAddress
          var outLeft = outputBuffer.count
          guard Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
          return outputBuffer.count - outLeft
        }
      }
      guard let converted else { return nil }
      return String(validating: output[0..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #else
      return nil
    #endif
  }
}

/// Every precomposed Vietnamese letter, lower and upper case.
enum VietnameseLetters {
  static let all: Set<Character> = {
    let lower = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    return Set(lower + lower.uppercased())
  }()
}

/// VNI-Windows: a vowel followed by one byte for its shape and tone ("a\u{F9}" = "á",
/// "a\u{E1}" = "ấ"), with "ô" for "ơ", "ö" for "ư", "ñ" for "đ" and single bytes for the
/// accented "i".
enum VNIDecoder {
  private static let tones: [(lower: Character, upper: Character, mark: String)] = [
    ("ù", "Ù", "\u{301}"), ("ø", "Ø", "\u{300}"), ("û", "Û", "\u{309}"), ("õ", "Õ", "\u{303}"), ("ï", "Ï", "\u{323}"),
  ]
  /// Shape-and-tone bytes after a, e, o: circumflex (â) or, after a, breve (ê).
  private static let circumflex: [(lower: Character, upper: Character, mark: String)] = [
    ("â", "Â", ""), ("á", "Á", "\u{301}"), ("à", "À", "\u{300}"), ("å", "Å", "\u{309}"), ("ã", "Ã", "\u{303}"), ("ä", "Ä", "\u{323}"),
  ]
  private static let breve: [(lower: Character, upper: Character, mark: String)] = [
    ("ê", "Ê", ""), ("é", "É", "\u{301}"), ("è", "È", "\u{300}"), ("ú", "Ú", "\u{309}"), ("ü", "Ü", "\u{303}"), ("ë", "Ë", "\u{323}"),
  ]

  /// (base, modifier) → letter.
  private static let pairs: [String: String] = {
    var table: [String: String] = [:]
    func add(_ base: String, _ modifier: Character, _ letter: String) {
      table[base + String(modifier)] = letter.precomposedStringWithCanonicalMapping
    }
    let bases: [(vni: String, unicode: String)] = [("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")]
    for (vni, unicode) in bases {
      for tone in tones {
        add(vni, tone.lower, unicode + tone.mark)
        add(vni.uppercased(), tone.upper, unicode.uppercased() + tone.mark)
      }
    }
    for base in ["a", "e", "o"] {
      for shape in circumflex {
        add(base, shape.lower, base + "\u{302}" + shape.mark)
        add(base.uppercased(), shape.upper, base.uppercased() + "\u{302}" + shape.mark)
      }
    }
    for shape in breve {
      add("a", shape.lower, "a\u{306}" + shape.mark)
      add("A", shape.upper, "A\u{306}" + shape.mark)
    }
    return table
  }()

  private static let singles: [Character: String] = [
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ",
    "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
  ]

  static func decode(_ bytes: [UInt8]) -> String? {
    guard let latin = String(bytes: bytes, encoding: .windowsCP1252) ?? String(bytes: bytes, encoding: .isoLatin1) else {
      return nil
    }
    let characters = Array(latin)
    var result = ""
    result.reserveCapacity(characters.count)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if index + 1 < characters.count, let letter = pairs[String(character) + String(characters[index + 1])] {
        result += letter
        index += 2
        continue
      }
      if let single = singles[character] {
        result += single
      } else {
        result.append(character)
      }
      index += 1
    }
    return result
  }
}
