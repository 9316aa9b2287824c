/// Finds citations in one text by hand (no regular expressions: every block is scanned for
/// every legal rule), working on folded characters and reporting character offsets.
struct CitationScanner {
  /// A citation found in the text, as offsets.
  struct Match {
    var range: Range<Int>
    var type: DocumentType?
    var typeSource: Citation.TypeSource
    var typeWord: Range<Int>?
    var number: (DocumentNumber, Range<Int>)?
    var name: Range<Int>?
    var date: (CitationDate, Range<Int>)?
    var issuer: (Issuer, Range<Int>)?
  }

  let text: ScanText
  /// Names of laws the catalog knows, folded, without the type word ("an toan thong tin mang").
  let knownLawNames: [[ScanText.Word]]

  private static let typeWords: [(DocumentType, [ScanText.Word])] = DocumentType.scanOrder.map { ($0, ScanText.words($0.rawValue)) }
  /// The type words by their first folded scalar, in scan order: most words of a plan start
  /// with a letter no type word starts with, and are passed over at once.
  private static let typeWordsByFirstScalar: [Unicode.Scalar: [(DocumentType, [ScanText.Word])]] = Dictionary(
    grouping: typeWords, by: { $0.1.first?.first ?? " " })
  private static let numberWord = ScanText.word("so")
  /// Words that end a law's name read without the catalog ("Luật Đầu tư công năm 2019").
  private static let nameStopWords: Set<String> = [
    "so", "ngay", "nam", "cua", "va", "duoc", "da", "ve", "tai", "theo", "thi", "do", "de", "nham", "trong", "khi", "voi",
    "cho", "la", "co", "nay", "hoac",
  ]
  /// What may stand between two numbers of one list: "các Công văn số 1, số 2 và số 3".
  private static let listGaps: Set<String> = ["", ",", ";", "va", ", va", "; va", "hoac", ", hoac"]

  func scan() -> [Match] {
    var matches: [Match] = []
    var position = 0
    while position < text.count {
      guard text.isWordStart(position) else {
        position += 1
        continue
      }
      if let match = atTypeWord(position) ?? listItem(at: position, after: matches.last) {
        matches.append(match)
        position = max(match.range.upperBound, position + 1)
      } else {
        position = text.wordEnd(position)
      }
    }
    return matches
  }

  /// "Quyết định số 749/QĐ-TTg …", "Nghị định 45/2020", "Luật An toàn thông tin mạng …".
  private func atTypeWord(_ start: Int) -> Match? {
    guard let first = text.character(start), let candidates = Self.typeWordsByFirstScalar[first] else { return nil }
    for (type, words) in candidates {
      guard let wordEnd = text.match(phrase: words, at: start) else { continue }
      var position = text.skipSpaces(wordEnd)
      var saidNumber = false
      if let afterNumberWord = text.match(word: Self.numberWord, at: position) {
        saidNumber = true
        position = afterNumberWord
        if text.character(position) == ":" { position += 1 }
        position = text.skipSpaces(position)
      }
      // "Nghị định 45/2020" is a legal document's number without its symbol; after other kinds
      // "6/2020" is a month ("Báo cáo 6/2020").
      if let (number, end) = DocumentNumber.scan(text, at: position, allowIncomplete: type.hasYearInNumber) {
        var match = Match(range: start..<end, type: type, typeSource: .word, typeWord: start..<wordEnd, number: (number, position..<end))
        extendWithDateAndIssuer(&match, bareDate: true)
        return match
      }
      guard type == .luat || type == .boLuat, !saidNumber, text.isUppercase(start),
        let nameEnd = lawName(at: position)
      else { return nil }
      var match = Match(range: start..<nameEnd, type: type, typeSource: .word, typeWord: start..<wordEnd, name: position..<nameEnd)
      // "Luật An toàn thông tin mạng số 86/2015/QH13 ngày 19/11/2015".
      let afterName = text.skipSpaces(nameEnd)
      if let afterNumberWord = text.match(word: Self.numberWord, at: afterName) {
        let numberStart = text.skipSpaces(afterNumberWord)
        if let (number, end) = DocumentNumber.scan(text, at: numberStart, allowIncomplete: false) {
          match.number = (number, numberStart..<end)
          match.range = start..<end
        }
      }
      // "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày 22/11/2019": the date is
      // the amending law's, not B's.
      if match.number == nil, amendsEarlierInClause(start) { return match }
      extendWithDateAndIssuer(&match, bareDate: match.number != nil)
      return match
    }
    return nil
  }

  /// "số 2276/UBND-KSTTHC …" without a type word: an item of a list, or a number the text
  /// cites on its own ("Năm 2018 (số 2458/QĐ-UBND …)"). "Số:" (a header's own number) is not.
  private func listItem(at start: Int, after previous: Match?) -> Match? {
    guard let afterNumberWord = text.match(word: Self.numberWord, at: start) else { return nil }
    let numberStart = text.skipSpaces(afterNumberWord)
    guard numberStart > afterNumberWord,
      let (number, end) = DocumentNumber.scan(text, at: numberStart, allowIncomplete: false)
    else { return nil }
    var match = Match(range: start..<end, type: nil, typeSource: .unknown, number: (number, numberStart..<end))
    if let previous, let type = previous.type,
      Self.listGaps.contains(text.foldedText(previous.range.upperBound..<start).trimmingSpaces())
    {
      match.type = type
      match.typeSource = .list
    } else if let code = number.typeCode, let type = DocumentType.forTypeCode(code) {
      match.type = type
      match.typeSource = .symbol
    }
    extendWithDateAndIssuer(&match, bareDate: true)
    return match
  }

  /// The date and issuer after the number or name, in either order.
  private func extendWithDateAndIssuer(_ match: inout Match, bareDate: Bool) {
    var position = match.range.upperBound
    for _ in 0..<2 {
      if match.date == nil, let (date, range) = CitationDate.scan(text, at: position, bare: bareDate && match.issuer == nil) {
        match.date = (date, range)
        position = range.upperBound
      } else if match.issuer == nil, let (issuer, range) = IssuerVocabulary.scan(text, at: position) {
        match.issuer = (issuer, range)
        position = range.upperBound
      } else {
        break
      }
    }
    match.range = match.range.lowerBound..<position
  }

  /// Whether the clause before `start` (since the last ";", "." or ":") speaks of amending.
  private func amendsEarlierInClause(_ start: Int) -> Bool {
    var clauseStart = start
    while clauseStart > 0, ![";", ".", ":"].contains(text.folded[clauseStart - 1]), start - clauseStart < 300 { clauseStart -= 1 }
    return text.foldedText(clauseStart..<start).contains("sua doi")
  }

  /// The end of a law's name at `start`: a name the catalog knows, else capitalised words up
  /// to punctuation, a number or a linking word.
  private func lawName(at start: Int) -> Int? {
    for name in knownLawNames {
      if let end = text.match(phrase: name, at: start) { return end }
    }
    guard text.isLetter(start), text.isUppercase(start) else { return nil }
    var position = start
    var end: Int?
    var words = 0
    while words < 10, text.isLetter(position) {
      let wordEnd = text.wordEnd(position)
      let word = text.foldedText(position..<wordEnd)
      if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) || (words > 0 && Self.nameStopWords.contains(word)) {
        break
      }
      end = wordEnd
      words += 1
      let next = text.skipSpaces(wordEnd)
      guard next > wordEnd else { break }
      position = next
    }
    return end
  }
}
