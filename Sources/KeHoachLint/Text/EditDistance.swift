/// Levenshtein distance between short identifiers, to suggest the id a typo meant
/// (`pl1-numberng` → `pl1-numbering`). Word-pair similarity (`WordPairIndex`) suits
/// paragraphs; one wrong letter in a one-word id needs characters compared.
enum EditDistance {
  /// Insertions, deletions and substitutions turning `a` into `b` (Unicode scalars).
  static func between(_ a: String, _ b: String) -> Int {
    let first = Array(a.unicodeScalars)
    let second = Array(b.unicodeScalars)
    if first.isEmpty { return second.count }
    if second.isEmpty { return first.count }
    var previous = Array(0...second.count)
    var current = [Int](repeating: 0, count: second.count + 1)
    for i in 1...first.count {
      current[0] = i
      for j in 1...second.count {
        let substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[second.count]
  }

  /// The candidate closest to `word`, if close enough to be a typo of it: at most a third of
  /// its length away (at least one edit, at most three); ties go to the first in sorted order.
  static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let limit = min(3, max(1, word.unicodeScalars.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates.sorted() where candidate != word {
      let distance = between(word.lowercased(), candidate.lowercased())
      if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.candidate
  }
}
