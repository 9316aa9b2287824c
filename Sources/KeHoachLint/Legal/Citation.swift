/// One document a plan cites: "Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ",
/// "Luật An toàn thông tin mạng", or a number continuing a list ("…, số 2276/UBND-KSTTHC
/// ngày 20/5/2020"). Every part keeps where it is in the source.
public struct Citation: Sendable, Hashable {
  /// Where in the document model the citation was found.
  public typealias Place = TextIndex.Place

  /// How the document's kind was known.
  public enum TypeSource: String, Sendable, Hashable, Codable {
    /// The type word stands before the number ("Quyết định số …").
    case word
    /// A list under one type word ("các Công văn số …, số …").
    case list
    /// Only the number's type code says it ("(số 2458/QĐ-UBND …)").
    case symbol
    case unknown
  }

  /// A part of the citation as written, where it starts, and which characters of the text it
  /// was found in it spans (what a fix replaces).
  public struct Part<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    public let location: SourceLocation
    public let characters: Range<Int>
  }

  public let type: DocumentType?
  public let typeSource: TypeSource
  /// The type word as written ("Nghị quyết", "QUYẾT ĐỊNH"), when there is one.
  public let typeWord: String?
  public let number: Part<DocumentNumber>?
  /// A law cited by name: "An toàn thông tin mạng" in "Luật An toàn thông tin mạng".
  public let name: Part<String>?
  public let date: Part<CitationDate>?
  public let issuer: Part<Issuer>?
  /// The whole citation as written.
  public let text: String
  /// Where it starts (the type word, or "số" of a list item).
  public let location: SourceLocation
  public let place: Place
  /// The subject words after the citation, folded, up to the clause's end or the next
  /// citation ("ban hanh quy che quan ly van hanh cong thong tin dien tu"); empty when none.
  public var subject: String = ""

  /// "Luật An toàn thông tin mạng", "Quyết định 749/QĐ-TTg": how a message names it.
  public var title: String {
    let kind = typeWord.map { VietnameseFolding.isUpperCase($0) ? (type?.name ?? $0) : $0 } ?? type?.name
    if let number { return [kind, number.value.text].compactMap { $0 }.joined(separator: " ") }
    if let name { return [kind, name.value].compactMap { $0 }.joined(separator: " ") }
    return text
  }

  /// What identifies the cited document: the number's comparison key, else the law's name.
  public var documentKey: String {
    number?.value.key ?? nameKey ?? "text:" + VietnameseFolding.titleKey(text)
  }

  /// The folded name of a law cited by name ("name:luat an toan thong tin mang").
  var nameKey: String? {
    name.map { "name:" + VietnameseFolding.titleKey((type?.name ?? DocumentType.luat.name) + " " + $0.value) }
  }
}
