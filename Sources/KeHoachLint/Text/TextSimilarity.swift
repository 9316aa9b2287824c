/// How alike two passages are, tolerant of small edits: the Dice coefficient of their folded
/// word pairs (0…1). Word pairs keep some order, so shuffled vocabulary scores low, and
/// folding makes capitals, diacritics and NFD irrelevant.
public struct WordPairs: Sendable {
  public let pairs: Set<String>
  public let wordCount: Int

  public init(_ text: String) {
    let words = VietnameseFolding.titleKey(text).split(separator: " ")
    wordCount = words.count
    var pairs: Set<String> = []
    if words.count == 1 { pairs.insert(String(words[0])) }
    for index in words.indices.dropLast() { pairs.insert(words[index] + " " + words[index + 1]) }
    self.pairs = pairs
  }

  public func similarity(to other: WordPairs) -> Double {
    let total = pairs.count + other.pairs.count
    guard total > 0 else { return 0 }
    return 2 * Double(pairs.intersection(other.pairs).count) / Double(total)
  }
}
