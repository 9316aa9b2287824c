/// The keys of a spec that has no fields of its own: only the common keys are allowed.
enum NoSpecKeys: CodingKey, CaseIterable {
  var stringValue: String { "" }
  var intValue: Int? { nil }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { nil }
}
