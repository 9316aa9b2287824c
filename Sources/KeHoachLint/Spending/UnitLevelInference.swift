extension UnitLevel {
  /// The level of the unit that issues `document`, read from its administrative header
  /// (`PlanHeader.issuingBody`): the issuer's lines joined ("ỦY BAN NHÂN DÂN" / "HUYỆN BÌNH
  /// SƠN" is a district), the lower of a superior and its department ("UBND TỈNH QUẢNG NGÃI" /
  /// "SỞ Y TẾ" is a department). For a plan issued with a Quyết định, the decision's header.
  static func infer(from document: PlanDocument) -> UnitLevel? {
    document.header.issuingBody.flatMap { infer(issuingBody: VietnameseFolding.titleKey($0.text)) }
  }
}
