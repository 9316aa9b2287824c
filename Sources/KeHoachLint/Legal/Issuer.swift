/// Who issued a cited document, from "… của Thủ tướng Chính phủ", "của TTCP", "của UBND tỉnh".
public struct Issuer: Sendable, Hashable {
  /// As written ("TTCP", "UBND tỉnh Quảng Ngãi").
  public let text: String
  /// Abbreviations spelled out ("Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh Quảng Ngãi").
  public let name: String
}

/// The bodies plans name as issuers, with the abbreviations drafts use. Bodies of a place
/// ("UBND tỉnh", "Sở …") take the level word and capitalised place name that follow.
enum IssuerVocabulary {
  struct Entry {
    let words: [ScanText.Word]
    let name: String
    let takesPlace: Bool
  }

  private static let national: [(String, [String])] = [
    ("Quốc hội", ["Quốc hội"]),
    ("Ủy ban Thường vụ Quốc hội", ["Ủy ban Thường vụ Quốc hội", "Ủy ban TVQH", "UBTVQH"]),
    ("Chính phủ", ["Chính phủ", "CP"]),
    ("Thủ tướng Chính phủ", ["Thủ tướng Chính phủ", "TTCP", "TTg", "Thủ tướng"]),
    ("Văn phòng Chính phủ", ["Văn phòng Chính phủ", "VPCP"]),
    ("Bộ Chính trị", ["Bộ Chính trị"]),
    ("Ban Bí thư", ["Ban Bí thư", "Ban Bí thư Trung ương Đảng"]),
    ("Ban Chấp hành Trung ương", ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "BCH Trung ương"]),
    ("Bộ Thông tin và Truyền thông", ["Bộ Thông tin và Truyền thông", "Bộ TT&TT", "Bộ TTTT", "BTTTT"]),
    ("Bộ Khoa học và Công nghệ", ["Bộ Khoa học và Công nghệ", "Bộ KH&CN"]),
    ("Bộ Kế hoạch và Đầu tư", ["Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT"]),
    ("Bộ Tài nguyên và Môi trường", ["Bộ Tài nguyên và Môi trường", "Bộ TN&MT"]),
    ("Bộ Nông nghiệp và Phát triển nông thôn", ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT"]),
    ("Bộ Lao động - Thương binh và Xã hội", ["Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH"]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ VH,TT&DL"]),
    ("Bộ Giáo dục và Đào tạo", ["Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"]),
    ("Bộ Giao thông vận tải", ["Bộ Giao thông vận tải", "Bộ GTVT"]),
    ("Bộ Tài chính", ["Bộ Tài chính"]),
    ("Bộ Tư pháp", ["Bộ Tư pháp"]),
    ("Bộ Nội vụ", ["Bộ Nội vụ"]),
    ("Bộ Công an", ["Bộ Công an"]),
    ("Bộ Quốc phòng", ["Bộ Quốc phòng"]),
    ("Bộ Ngoại giao", ["Bộ Ngoại giao"]),
    ("Bộ Công Thương", ["Bộ Công Thương"]),
    ("Bộ Xây dựng", ["Bộ Xây dựng"]),
    ("Bộ Y tế", ["Bộ Y tế"]),
    ("Ủy ban Dân tộc", ["Ủy ban Dân tộc"]),
    ("Ngân hàng Nhà nước Việt Nam", ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước"]),
    ("Thanh tra Chính phủ", ["Thanh tra Chính phủ"]),
  ]

  private static let local: [(String, [String])] = [
    ("Ủy ban nhân dân", ["Ủy ban nhân dân", "UBND"]),
    ("Chủ tịch Ủy ban nhân dân", ["Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND"]),
    ("Văn phòng Ủy ban nhân dân", ["Văn phòng Ủy ban nhân dân", "Văn phòng UBND"]),
    ("Hội đồng nhân dân", ["Hội đồng nhân dân", "HĐND"]),
    ("Ban Thường vụ Tỉnh ủy", ["Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy"]),
    ("Ban Cán sự Đảng Ủy ban nhân dân", ["Ban Cán sự Đảng UBND", "Ban Cán sự Đảng Ủy ban nhân dân"]),
    ("Tỉnh ủy", ["Tỉnh ủy"]),
    ("Huyện ủy", ["Huyện ủy"]),
    ("Thành ủy", ["Thành ủy"]),
    ("Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "STTTT"]),
    ("Sở Nội vụ", ["Sở Nội vụ"]),
    ("Sở Tài chính", ["Sở Tài chính"]),
    ("Sở Kế hoạch và Đầu tư", ["Sở Kế hoạch và Đầu tư"]),
  ]

  /// Every spelling, longest first; "Bộ trưởng Bộ …" and "Chủ tịch …" are spelled out too.
  static let entries: [Entry] = {
    var result: [Entry] = []
    for (name, spellings) in national {
      for spelling in spellings {
        result.append(Entry(words: ScanText.words(spelling), name: name, takesPlace: false))
        if spelling.hasPrefix("Bộ ") {
          result.append(Entry(words: ScanText.words("Bộ trưởng " + spelling), name: "Bộ trưởng " + name, takesPlace: false))
        }
      }
    }
    for (name, spellings) in local {
      for spelling in spellings { result.append(Entry(words: ScanText.words(spelling), name: name, takesPlace: true)) }
    }
    return result.sorted { $0.words.joined().count > $1.words.joined().count }
  }()

  static let ofWord = ScanText.word("cua")
  private static let notPlaceWords: Set<String> = ["ve", "v", "ban", "phe", "quy", "trien", "thuc", "huong", "tai", "theo"]
  private static let levels = ["tinh", "huyen", "thanh pho", "thi xa", "xa", "quan"].map { ScanText.words($0) }

  /// "của <issuer>" at `start` (after white space): the issuer and the offsets of its name.
  static func scan(_ text: ScanText, at start: Int) -> (Issuer, Range<Int>)? {
    let position = text.skipSpaces(start)
    guard let afterOf = text.match(word: ofWord, at: position) else { return nil }
    let nameStart = text.skipSpaces(afterOf)
    guard nameStart > afterOf else { return nil }
    for entry in entries {
      guard var end = text.match(phrase: entry.words, at: nameStart) else { continue }
      if entry.takesPlace { end = placeEnd(text, after: end) }
      let written = text.text(nameStart..<end)
      let head = text.text(nameStart..<(text.match(phrase: entry.words, at: nameStart) ?? end))
      let name = entry.name + written.dropFirst(head.count)
      return (Issuer(text: written, name: name), nameStart..<end)
    }
    return nil
  }

  /// After a local body: "tỉnh", "huyện Trà Bồng", "tỉnh Quảng Ngãi" (capitalised words).
  private static func placeEnd(_ text: ScanText, after start: Int) -> Int {
    var end = start
    var position = text.skipSpaces(start)
    guard position > start else { return start }
    if let level = levels.lazy.compactMap({ text.match(phrase: $0, at: position) }).first {
      end = level
      position = text.skipSpaces(level)
    }
    var words = 0
    while words < 4, position > end, text.isLetter(position), text.isUppercase(position) {
      let wordEnd = text.wordEnd(position)
      // "… của UBND tỉnh Về Kiến trúc …", "… của UBND tỉnh V/v …": a title, not a place.
      guard !notPlaceWords.contains(text.foldedText(position..<wordEnd)), text.character(wordEnd) != "/" else { break }
      end = wordEnd
      position = text.skipSpaces(end)
      words += 1
    }
    return end
  }
}
