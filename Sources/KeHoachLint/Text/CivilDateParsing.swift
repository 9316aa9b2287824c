extension CivilDate {
  /// A date written day/month/year with slashes, as on a command line, in a configuration or
  /// in the legal catalog: "15/9/2020", "15/09/2020" (spaces around the numbers are allowed).
  /// Nil when the text is not three numbers or the day does not exist (31/02/2020).
  public init?(dayMonthYear text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0.trimmingSpaces()) }
    guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year >= 1 else { return nil }
    self.init(year: year, month: month, day: day)
  }
}
