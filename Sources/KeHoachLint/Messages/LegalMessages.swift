extension Messages {
  /// The finding for a problem of one citation, quoting it as written.
  public static func citationProblem(_ problem: CitationProblem, in citation: Citation) -> LocalizedText {
    let quoted = "“\(citation.text)”"
    switch problem {
    case .incompleteNumber(let suggestion):
      let number = citation.number?.value.text ?? ""
      return LocalizedText(
        vi: "Số hiệu “\(number)” trong \(quoted) thiếu ký hiệu (đủ phải là số/năm/ký hiệu, ví dụ 64/2007/NĐ-CP)\(likely(suggestion).vi).",
        en:
          "Number “\(number)” in \(quoted) lacks its symbol (a full one is number/year/symbol, e.g. 64/2007/NĐ-CP)\(likely(suggestion).en)."
      )
    case .missingTypeCode(let expected, let suggestion):
      let kind = citation.type?.name ?? ""
      return LocalizedText(
        vi: "Số hiệu trong \(quoted) không có chữ viết tắt “\(expected)” mà số hiệu của \(kind) phải có\(likely(suggestion).vi).",
        en: "The number in \(quoted) lacks the type code “\(expected)” every \(kind) number carries\(likely(suggestion).en).")
    case .contradictingTypeCode(let found, let suggestion):
      let kind = citation.type?.name ?? ""
      let owner = DocumentType.forTypeCode(VietnameseFolding.fold(found).uppercased())?.name ?? found
      return LocalizedText(
        vi: "Trong \(quoted), chữ viết tắt “\(found)” là của \(owner), mâu thuẫn với loại văn bản “\(kind)”\(likely(suggestion).vi).",
        en: "In \(quoted), the type code “\(found)” belongs to \(owner), contradicting the type word “\(kind)”\(likely(suggestion).en).")
    case .partyNumberInStateForm(let corrected):
      let number = citation.number?.value.text ?? ""
      return LocalizedText(
        vi: "Số hiệu “\(number)” là văn bản của Đảng, viết theo mẫu của Đảng là “\(corrected)”.",
        en: "“\(number)” is a Party document, numbered “\(corrected)” in the Party's form.")
    case .impossibleDate(let reason):
      let date = citation.date?.value.text ?? ""
      let why = impossibility(reason)
      return LocalizedText(
        vi: "Ngày “\(date)” trong \(quoted) không tồn tại (\(why.vi)).", en: "Date “\(date)” in \(quoted) does not exist (\(why.en)).")
    case .yearDiffersFromNumber(let numberYear):
      let date = citation.date?.value.text ?? ""
      return LocalizedText(
        vi: "Trong \(quoted), năm ban hành trong số hiệu (\(numberYear)) khác năm của ngày “\(date)”.",
        en: "In \(quoted), the year in the number (\(numberYear)) differs from the date “\(date)”.")
    case .dateDiffersFromCatalog(let document):
      let date = citation.date?.value.text ?? ""
      let known = document.date.map(\.description) ?? "?"
      return LocalizedText(
        vi:
          "\(quoted) ghi ngày \(date), nhưng \(document.displayName) ban hành ngày \(known) (danh mục văn bản, nguồn: \(document.sourceSummary)).",
        en:
          "\(quoted) gives the date \(date), but \(document.displayName) was issued on \(known) (legal catalog, source: \(document.sourceSummary))."
      )
    case .conflictingDates(let dates):
      let list = dates.joined(separator: ", ")
      return LocalizedText(
        vi: "\(citation.title) được trích dẫn với các ngày ban hành khác nhau trong cùng kế hoạch: \(list).",
        en: "\(citation.title) is cited with different issuance dates in one plan: \(list).")
    case .issuedAfterPlan(let issued, let plan, let fromCatalog):
      if fromCatalog {
        return LocalizedText(
          vi: "\(quoted) ban hành ngày \(issued) (theo danh mục văn bản), sau ngày của kế hoạch (\(plan)).",
          en: "\(quoted) was issued on \(issued) (legal catalog), after the plan's own date (\(plan)).")
      }
      let written = citation.date?.value.text ?? issued.description
      return LocalizedText(
        vi: "\(quoted) ghi ngày \(written), sau ngày của kế hoạch (\(plan)): văn bản chưa thể có khi lập kế hoạch.",
        en: "\(quoted) is dated \(written), after the plan's own date (\(plan)): it cannot have existed when the plan was made.")
    case .replaced(let document, let replacement):
      let by = replacement?.displayName ?? document.replacedBy ?? ""
      let since = (document.replacedOn ?? replacement?.date).map { " từ \($0)" } ?? ""
      let sinceEn = (document.replacedOn ?? replacement?.date).map { " since \($0)" } ?? ""
      return LocalizedText(
        vi: "\(quoted) đã được thay thế bởi \(by)\(since); hãy viện dẫn văn bản đang có hiệu lực.",
        en: "\(quoted) has been replaced by \(by)\(sinceEn); cite the document in force.")
    case .issuerSymbolMismatch(let issuer, let found, let expected):
      let codes = expected.joined(separator: ", ")
      return LocalizedText(
        vi:
          "Trong \(quoted), ký hiệu “\(found)” không phải của \(issuer) (văn bản của cơ quan này mang ký hiệu \(codes)); kiểm tra lại số hiệu hoặc cơ quan ban hành.",
        en:
          "In \(quoted), the symbol “\(found)” is not that of \(issuer) (its documents carry \(codes)); check the number or the issuer.")
    }
  }

  /// A short status for the `citations` table.
  public static func citationStatus(_ problem: CitationProblem) -> LocalizedText {
    switch problem {
    case .incompleteNumber: LocalizedText(vi: "số hiệu thiếu ký hiệu", en: "number lacks its symbol")
    case .missingTypeCode(let expected, _): LocalizedText(vi: "số hiệu thiếu “\(expected)”", en: "number lacks “\(expected)”")
    case .contradictingTypeCode(let found, _):
      LocalizedText(vi: "“\(found)” mâu thuẫn loại văn bản", en: "“\(found)” contradicts the type")
    case .partyNumberInStateForm(let corrected): LocalizedText(vi: "viết đúng: \(corrected)", en: "write \(corrected)")
    case .impossibleDate: LocalizedText(vi: "ngày không tồn tại", en: "impossible date")
    case .yearDiffersFromNumber: LocalizedText(vi: "năm khác năm trong số hiệu", en: "year differs from the number's")
    case .dateDiffersFromCatalog(let document):
      LocalizedText(vi: "sai ngày (đúng: \(document.date?.description ?? "?"))", en: "wrong date (is \(document.date?.description ?? "?"))")
    case .conflictingDates: LocalizedText(vi: "ngày không thống nhất", en: "inconsistent dates")
    case .issuedAfterPlan: LocalizedText(vi: "sau ngày kế hoạch", en: "after the plan's date")
    case .replaced(let document, _):
      LocalizedText(vi: "đã bị thay thế (\(document.replacedBy ?? ""))", en: "replaced (\(document.replacedBy ?? ""))")
    case .issuerSymbolMismatch(_, let found, let expected):
      LocalizedText(
        vi: "ký hiệu “\(found)” khác cơ quan ban hành (\(expected.joined(separator: ", ")))",
        en: "symbol “\(found)” differs from the issuer (\(expected.joined(separator: ", ")))")
    }
  }

  /// A required legal basis the "Căn cứ" section does not cite.
  public static func missingLegalBasis(_ basis: String, section: String, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Mục “\(section)” chưa viện dẫn \(basis) (theo \(source.citation)).",
      en: "Section “\(section)” does not cite \(basis) (required by \(source.citation)).")
  }

  /// The documents of a review list (Phụ lục III) a plan never mentions.
  public static func reviewListGaps(list: String, missing: [String], total: Int, source: GuidanceSource) -> LocalizedText {
    let names = missing.joined(separator: "; ")
    return LocalizedText(
      vi: "Kế hoạch không nhắc tới \(missing.count)/\(total) văn bản \(list) đề nghị rà soát (theo \(source.citation)): \(names).",
      en: "The plan never mentions \(missing.count) of the \(total) documents \(list) asks units to review (\(source.citation)): \(names).")
  }

  private static func likely(_ suggestion: LegalDocument?) -> LocalizedText {
    guard let suggestion, let number = suggestion.number else { return LocalizedText(vi: "", en: "") }
    let title = suggestion.title.map { " – \($0)" } ?? ""
    return LocalizedText(vi: "; có lẽ là \(number)\(title)", en: "; probably \(number)\(title)")
  }

  private static func impossibility(_ reason: CitationDate.Problem) -> LocalizedText {
    switch reason {
    case .month(let month): LocalizedText(vi: "không có tháng \(month)", en: "there is no month \(month)")
    case .day(let day, let month): LocalizedText(vi: "tháng \(month) không có ngày \(day)", en: "month \(month) has no day \(day)")
    case .yearDigits(let digits): LocalizedText(vi: "năm có \(digits) chữ số", en: "the year has \(digits) digits")
    }
  }
}
