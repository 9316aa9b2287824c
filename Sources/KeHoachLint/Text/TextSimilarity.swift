/// How alike a passage is to a set of reference passages, tolerant of small edits: the Dice
/// coefficient of their folded word pairs (0…1). Word pairs keep some order, so shuffled
/// vocabulary scores low, and folding makes capitals, diacritics and NFD irrelevant.
///
/// Words and pairs are 64-bit hashes of the folded bytes (FNV-1a), so comparing a paragraph
/// allocates no word strings; a collision between two different pairs (odds about 1 in 10¹⁸
/// per comparison) could only raise a similarity.
public struct WordPairIndex: Sendable {
  /// Each reference's distinct pairs, sorted.
  private let references: [[UInt64]]

  public init(_ passages: [String]) {
    references = passages.map { Self.pairs(of: $0).pairs }
  }

  /// The number of words of `text` and its highest similarity to any reference, skipping
  /// references too different in length to reach `threshold` (the Dice coefficient of sets of
  /// sizes a and b is at most 2·min(a,b)/(a+b)), which spares comparing most paragraphs at all.
  /// Below the threshold, the similarity returned may be lower than the true best.
  public func bestSimilarity(of text: String, atLeast threshold: Double = 0) -> (words: Int, similarity: Double) {
    let (words, pairs) = Self.pairs(of: text)
    var best = 0.0
    for reference in references where !reference.isEmpty || !pairs.isEmpty {
      let total = Double(pairs.count + reference.count)
      let bound = 2 * Double(min(pairs.count, reference.count)) / total
      guard bound >= threshold, bound > best else { continue }
      best = max(best, 2 * Double(Self.sharedCount(pairs, reference)) / total)
    }
    return (words, best)
  }

  /// The number of words and the distinct adjacent word pairs (sorted); a single word stands
  /// for itself.
  static func pairs(of text: String) -> (words: Int, pairs: [UInt64]) {
    let key = VietnameseFolding.titleKeyBytes(text)
    var words: [UInt64] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in key {
      if byte == 0x20 {
        if inWord { words.append(hash) }
        hash = 0xcbf2_9ce4_8422_2325
        inWord = false
      } else {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        inWord = true
      }
    }
    if inWord { words.append(hash) }
    if words.count == 1 { return (1, words) }
    var pairs: [UInt64] = []
    pairs.reserveCapacity(max(words.count - 1, 0))
    for index in words.indices.dropLast() {
      // Order matters: (a, b) and (b, a) are different pairs.
      pairs.append(words[index] &* 0x9e37_79b9_7f4a_7c15 ^ (words[index + 1] &+ 0x7f4a_7c15))
    }
    pairs.sort()
    var distinct: [UInt64] = []
    distinct.reserveCapacity(pairs.count)
    for pair in pairs where distinct.last != pair { distinct.append(pair) }
    return (words.count, distinct)
  }

  /// How many values two sorted, distinct arrays share.
  private static func sharedCount(_ first: [UInt64], _ second: [UInt64]) -> Int {
    var (i, j, shared) = (0, 0, 0)
    while i < first.count, j < second.count {
      if first[i] == second[j] {
        shared += 1
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }
}
