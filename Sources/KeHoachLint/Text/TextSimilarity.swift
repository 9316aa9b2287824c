/// How alike a passage is to a set of reference passages, tolerant of small edits: the Dice
/// coefficient of their folded word pairs (0…1). Word pairs keep some order, so shuffled
/// vocabulary scores low, and folding makes capitals, diacritics and NFD irrelevant. Words
/// are numbered once for the references, so comparing a paragraph costs a few integer sets.
public struct WordPairIndex: Sendable {
  private let vocabulary: [Substring: Int64]
  private let references: [Set<Int64>]

  public init(_ passages: [String]) {
    var vocabulary: [Substring: Int64] = [:]
    var references: [Set<Int64>] = []
    for passage in passages {
      let words = VietnameseFolding.titleKey(passage).split(separator: " ")
      let ids = words.map { word -> Int64 in
        if let id = vocabulary[word] { return id }
        let id = Int64(vocabulary.count + 1)
        vocabulary[word] = id
        return id
      }
      references.append(Self.pairs(ids))
    }
    self.vocabulary = vocabulary
    self.references = references
  }

  /// The number of words of `text` and its highest similarity to any reference.
  public func bestSimilarity(of text: String) -> (words: Int, similarity: Double) {
    bestSimilarity(of: text, atLeast: 0)
  }

  /// As `bestSimilarity(of:)`, skipping references too different in length to reach
  /// `threshold` (the Dice coefficient of sets of sizes a and b is at most 2·min(a,b)/(a+b)),
  /// which spares comparing most paragraphs at all. Below the threshold, the similarity
  /// returned may be lower than the true best.
  public func bestSimilarity(of text: String, atLeast threshold: Double) -> (words: Int, similarity: Double) {
    let words = VietnameseFolding.titleKey(text).split(separator: " ")
    var unknown: [Substring: Int64] = [:]
    let ids = words.map { word -> Int64 in
      if let id = vocabulary[word] { return id }
      if let id = unknown[word] { return id }
      // Words the references never use get ids of their own: they count in the passage's
      // pairs but can never match.
      let id = -Int64(unknown.count + 1)
      unknown[word] = id
      return id
    }
    let pairs = Self.pairs(ids)
    var best = 0.0
    for reference in references where !reference.isEmpty || !pairs.isEmpty {
      let bound = 2 * Double(min(pairs.count, reference.count)) / Double(pairs.count + reference.count)
      guard bound >= threshold, bound > best else { continue }
      let shared = pairs.count < reference.count ? pairs.filter(reference.contains).count : reference.filter(pairs.contains).count
      best = max(best, 2 * Double(shared) / Double(pairs.count + reference.count))
    }
    return (words.count, best)
  }

  /// Adjacent word pairs as integers; a single word stands for itself.
  private static func pairs(_ ids: [Int64]) -> Set<Int64> {
    if ids.count == 1 { return [ids[0] << 32] }
    var result = Set<Int64>(minimumCapacity: ids.count)
    for index in ids.indices.dropLast() { result.insert(ids[index] << 32 ^ (ids[index + 1] & 0xFFFF_FFFF)) }
    return result
  }
}
