/// Literal strings of which every match of a regular expression contains at least one,
/// worked out from the pattern's text, so a paragraph with none of them is never handed to
/// the regular-expression engine (a call costs microseconds; a plan has thousands of
/// paragraphs and table cells).
///
/// Only what is certain counts: punctuation and symbols written literally (escaped or not),
/// small sets of them (`[<>]`), repeated ones (`\.{4,}` needs "...."). Letters count for
/// nothing, since case-insensitive matching folds them in ways a literal cannot follow ("ß"
/// matches "ss"); so do classes (`\S`, `\d`), ranges and anything the analysis does not
/// understand. A pattern left with nothing certain is always run.
struct RegexPrefilter: Sendable {
  /// Nil: nothing certain, run the expression on every text.
  let required: [[UInt8]]?

  /// Alternatives longer than this are not multiplied out further.
  static let maximumAlternatives = 8

  init(pattern: String) {
    var parser = Parser(scalars: Array(pattern.unicodeScalars))
    let piece = parser.alternation()
    guard !parser.failed, parser.position == parser.scalars.count, let best = piece.best else {
      required = nil
      return
    }
    required = best.sorted().map { Array($0.utf8) }
  }

  /// Whether `text` might contain a match.
  func mayMatch(_ text: String) -> Bool {
    guard let required else { return true }
    var text = text
    return text.withUTF8 { haystack in required.contains { ByteSearch.occurs($0, in: haystack) } }
  }

  /// What a piece of the pattern guarantees about any text it matches.
  private struct Piece {
    /// Matches exactly one of these strings and nothing else (so neighbours concatenate).
    var exact: Set<String>?
    /// The most selective set of strings one of which every match contains.
    var best: Set<String>?
    /// Whether the piece can match the empty string.
    var optional: Bool
    /// Strings every match starts with (a repeated symbol: "\\.{4,}" starts with "...."), so
    /// an exact run before the piece joins them.
    var prefixes: Set<String>? = nil

    static let uncertain = Piece(exact: nil, best: nil, optional: false)
    static let empty = Piece(exact: [""], best: nil, optional: true)

    static func literal(_ strings: Set<String>) -> Piece { Piece(exact: strings, best: strings, optional: false) }

    /// Longer strings are rarer; among equals, fewer alternatives.
    static func better(_ candidate: Set<String>?, than current: Set<String>?) -> Bool {
      guard let candidate, let shortest = candidate.map(\.unicodeScalars.count).min(), shortest > 0 else { return false }
      guard let current, let currentShortest = current.map(\.unicodeScalars.count).min() else { return true }
      return shortest > currentShortest || (shortest == currentShortest && candidate.count < current.count)
    }
  }

  /// Recursive descent over the subset of ICU syntax that matters; `failed` on anything odd.
  private struct Parser {
    let scalars: [Unicode.Scalar]
    var position = 0
    var failed = false

    var atEnd: Bool { position >= scalars.count }
    var next: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    /// `a|b`: one branch matches, so one of the strings some branch requires occurs.
    mutating func alternation() -> Piece {
      var branches = [sequence()]
      while next == "|" {
        position += 1
        branches.append(sequence())
      }
      if branches.count == 1 { return branches[0] }
      var exact: Set<String>? = []
      var best: Set<String>? = []
      for branch in branches {
        if let branchExact = branch.exact, let union = exact?.union(branchExact) {
          exact = union.count <= RegexPrefilter.maximumAlternatives ? union : nil
        } else {
          exact = nil
        }
        if let branchBest = branch.best, !branch.optional { best?.formUnion(branchBest) } else { best = nil }
      }
      return Piece(exact: exact, best: best, optional: branches.contains(where: \.optional))
    }

    /// Pieces one after another: exact neighbours join into longer strings; the most
    /// selective string set of any mandatory piece or joined run is kept.
    mutating func sequence() -> Piece {
      var best: Set<String>?
      var run: Set<String>? = [""]
      var allExact = true
      var optional = true
      func close() {
        if let finished = run, Piece.better(finished, than: best) { best = finished }
        run = [""]
      }
      while let scalar = next, scalar != "|", scalar != ")" {
        var piece = atom()
        if failed { return .uncertain }
        quantifier(&piece)
        if failed { return .uncertain }
        if !piece.optional { optional = false }
        if let exact = piece.exact, let current = run, current.count * exact.count <= RegexPrefilter.maximumAlternatives {
          run = Set(current.flatMap { prefix in exact.map { prefix + $0 } })
        } else {
          allExact = false
          if let prefixes = piece.prefixes, let current = run, current.count * prefixes.count <= RegexPrefilter.maximumAlternatives {
            run = Set(current.flatMap { prefix in prefixes.map { prefix + $0 } })
          }
          close()
          if !piece.optional, Piece.better(piece.best, than: best) { best = piece.best }
        }
      }
      let joined = run
      close()
      return Piece(exact: allExact ? joined : nil, best: best, optional: optional)
    }

    mutating func atom() -> Piece {
      let scalar = scalars[position]
      position += 1
      switch scalar {
      case "(": return group()
      case "[": return characterClass()
      case "\\": return escape()
      case ".": return .uncertain
      case "^", "$": return .empty
      case "*", "+", "?", "{", ")":
        failed = true
        return .uncertain
      default: return Self.literal(scalar).map(Piece.literal) ?? .uncertain
      }
    }

    /// `(…)`, `(?:…)` match their content; look-arounds match nothing; other `(?` forms
    /// (flags, named groups) are not followed.
    mutating func group() -> Piece {
      var isLookaround = false
      if next == "?" {
        let kind = position + 1 < scalars.count ? scalars[position + 1] : " "
        let third = position + 2 < scalars.count ? scalars[position + 2] : " "
        switch kind {
        case ":": position += 2
        case "=", "!": (isLookaround, position) = (true, position + 2)
        case "<" where third == "=" || third == "!": (isLookaround, position) = (true, position + 3)
        default:
          failed = true
          return .uncertain
        }
      }
      let inner = alternation()
      guard next == ")" else {
        failed = true
        return .uncertain
      }
      position += 1
      return isLookaround ? .empty : inner
    }

    /// `\.` and other escaped punctuation are literals; `\b`, `\B`, `\A`, `\z`, `\Z` match
    /// nothing; other escapes (classes, `\p{…}`, `\x{…}`, `\Q…\E`) are not followed.
    mutating func escape() -> Piece {
      guard let escaped = next else {
        failed = true
        return .uncertain
      }
      position += 1
      if escaped.properties.isAlphabetic || escaped.properties.numericType != nil {
        switch escaped {
        case "b", "B", "A", "z", "Z", "G": return .empty
        case "s", "S", "d", "D", "w", "W", "h", "H", "v", "V", "R", "X", "n", "t", "r", "f", "e", "a": return .uncertain
        case "p", "P":
          guard next == "{" else { return .uncertain }
          while let scalar = next, scalar != "}" { position += 1 }
          position += 1
          return .uncertain
        default:
          failed = true
          return .uncertain
        }
      }
      return Self.literal(escaped).map(Piece.literal) ?? .uncertain
    }

    /// `[<>]`: one of the listed symbols; negated sets, ranges, escapes and letters are not
    /// certain.
    mutating func characterClass() -> Piece {
      var members: Set<String> = []
      var certain = next != "^"
      var first = true
      while let scalar = next, scalar != "]" || first {
        if scalar == "\\" || scalar == "-" || scalar == "[" {
          certain = false
          if scalar == "\\" { position += 1 }
        } else if let literal = Self.literal(scalar) {
          members.formUnion(literal)
        } else {
          certain = false
        }
        first = false
        position += 1
      }
      guard next == "]" else {
        failed = true
        return .uncertain
      }
      position += 1
      guard certain, members.count <= RegexPrefilter.maximumAlternatives else { return .uncertain }
      return Piece.literal(members)
    }

    /// `?`, `*`, `{0,…}` make a piece optional; `+` and `{n,…}` keep what it requires, a
    /// single symbol repeated n times; only `{n}` stays exact. Lazy and possessive suffixes
    /// change nothing here.
    mutating func quantifier(_ piece: inout Piece) {
      guard let scalar = next else { return }
      var minimum = 1
      var maximum: Int? = 1
      switch scalar {
      case "?": (minimum, maximum, position) = (0, 1, position + 1)
      case "*": (minimum, maximum, position) = (0, nil, position + 1)
      case "+": (minimum, maximum, position) = (1, nil, position + 1)
      case "{":
        var body = ""
        var probe = position + 1
        while probe < scalars.count, scalars[probe] != "}" {
          body.unicodeScalars.append(scalars[probe])
          probe += 1
        }
        let bounds = body.split(separator: ",", omittingEmptySubsequences: false)
        guard probe < scalars.count, let low = bounds.first.flatMap({ Int($0) }), bounds.count <= 2 else {
          failed = true
          return
        }
        minimum = low
        maximum = bounds.count == 1 ? low : Int(bounds[1])
        position = probe + 1
      default: return
      }
      if next == "?" || next == "+" { position += 1 }
      if minimum == 0 {
        piece = Piece(exact: maximum == 0 ? [""] : nil, best: nil, optional: true)
        return
      }
      let repeated = piece.exact.flatMap { $0.count == 1 ? $0.first : nil }.map { String(repeating: $0, count: min(minimum, 16)) }
      let required = repeated.map { Set([$0]) } ?? piece.best
      piece = Piece(
        exact: maximum == minimum && repeated != nil ? required : nil, best: required, optional: piece.optional,
        prefixes: repeated.map { [$0] })
    }

    /// A symbol standing for itself under case-insensitive matching; nil for letters, digits
    /// and anything cased.
    static func literal(_ scalar: Unicode.Scalar) -> Set<String>? {
      let properties = scalar.properties
      guard scalar.properties.numericType == nil || ("0"..."9").contains(scalar), !properties.isAlphabetic, !properties.isCased,
        !properties.isWhitespace
      else {
        return nil
      }
      return [String(scalar)]
    }
  }
}
