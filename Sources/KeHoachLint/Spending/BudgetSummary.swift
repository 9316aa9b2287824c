import Foundation

/// Words that mark a task as spending on information security, compared folded and on word
/// boundaries. The words are profile data (`security-terms` and `security-exclusions` in a
/// pack's `pack.yml`): security is a purpose (protecting information), so a task whose name
/// names an excluded purpose (a city operations centre, public-order cameras) is not security
/// whatever its objective says.
public struct SecurityVocabulary: Sendable, Hashable {
  public var terms: [String]
  /// Phrases that look like security but are not ("camera giám sát" is IoT).
  public var exclusions: [String]

  public init(terms: [String], exclusions: [String] = []) {
    self.terms = terms.map(VietnameseFolding.titleKey)
    self.exclusions = exclusions.map(VietnameseFolding.titleKey)
  }

  /// Whether `text` names a security item.
  public func matches(_ text: String) -> Bool {
    var key = " " + VietnameseFolding.titleKey(text) + " "
    for exclusion in exclusions where key.containsBytes(of: " \(exclusion) ") {
      key = key.replacingOccurrences(of: " \(exclusion) ", with: " ")
    }
    return terms.contains { key.containsBytes(of: " \($0) ") }
  }

  /// Whether `text` names one of the excluded purposes.
  public func excludes(_ text: String) -> Bool {
    let key = " " + VietnameseFolding.titleKey(text) + " "
    return exclusions.contains { key.containsBytes(of: " \($0) ") }
  }

  /// Whether a task is a security item: its name says so; else, when its name names no
  /// excluded purpose, its objective does.
  public func matches(name: String, objective: String) -> Bool {
    if matches(name) { return true }
    return !excludes(name) && matches(objective)
  }
}

/// The figures a reviewer checks with a calculator, computed from a plan's project lists, in
/// million đồng: the total, the information-security share, totals per year and per source.
public struct BudgetSummary: Sendable, Hashable {
  public struct Line: Sendable, Hashable {
    /// A year ("2022") or a funding source as written ("NSTW", "Chi ĐTPT - NS tỉnh").
    public let label: String
    public let amount: Decimal
    /// The information-security part of `amount`.
    public let security: Decimal
  }

  /// All amounts are in this unit.
  public let unit: MoneyUnit = .million
  /// The unit the plan wrote its amounts in.
  public let writtenUnit: MoneyUnit
  /// The sum of the tasks' totals.
  public let total: Decimal
  /// The list's own total row, when it has one.
  public let statedTotal: Decimal?
  /// The security part of `total`; nil when the profile names no security words (then no
  /// share is computed: a plan is never shown "0%" for want of a vocabulary).
  public let security: Decimal?
  /// The tasks counted as security, with where each row is.
  public let securityTasks: [CountedTask]
  /// Per year: the list's year columns, else each task spread evenly over its time frame.
  public let byYear: [Line]
  /// Whether `byYear` was spread from time frames rather than read from year columns.
  public let byYearIsProRata: Bool
  public let bySource: [Line]

  /// A task counted in a category: its name as written and where its row starts.
  public struct CountedTask: Sendable, Hashable {
    public let name: String
    public let amount: Decimal
    public let location: SourceLocation
  }

  /// The `bySource` line of the rows that name no funding source.
  public static let unsourced = "không ghi nguồn"

  /// The security share in percent, nil when the total is zero or security is not counted.
  public var securityShare: Decimal? { security.flatMap { Self.percent($0, of: total) } }

  static func percent(_ part: Decimal, of whole: Decimal) -> Decimal? {
    guard whole > 0 else { return nil }
    return part * 100 / whole
  }

  /// The summary of `lists` (the planned project lists of one plan), nil when there are none.
  public init?(lists: [ProjectList], vocabulary: SecurityVocabulary?) {
    guard let first = lists.first else { return nil }
    writtenUnit = first.unit.unit
    var total: Decimal = 0
    var security: Decimal = 0
    var counted: [CountedTask] = []
    var years: [String: (Decimal, Decimal)] = [:]
    var sources: [String: (Decimal, Decimal)] = [:]
    var sourceOrder: [String] = []
    func add(_ label: String, _ amount: Decimal, _ isSecurity: Bool, to table: inout [String: (Decimal, Decimal)]) {
      let old = table[label] ?? (0, 0)
      table[label] = (old.0 + amount, old.1 + (isSecurity ? amount : 0))
    }
    let hasYearColumns = lists.contains { !$0.yearColumns.isEmpty }
    byYearIsProRata = !hasYearColumns
    for list in lists {
      for row in list.countedRows {
        let amount = row.total(in: list) ?? 0
        let isSecurity =
          vocabulary?.matches(name: row.text(list.column(.name)), objective: row.text(list.column(.objective))) ?? false
        total += amount
        if isSecurity {
          security += amount
          counted.append(CountedTask(name: row.text(list.column(.name)), amount: amount, location: row.location))
        }
        for (year, column) in list.yearColumns { add(String(year), row.amount(column).value ?? 0, isSecurity, to: &years) }
        // Without year columns, a task counts in each year of its time frame, pro rata.
        if !hasYearColumns, let frame = list.columns(.timeFrame).lazy.compactMap({ VietnameseDate.timeFrame(row.text($0)) }).first {
          for year in frame.years { add(String(year), amount / Decimal(frame.years.count), isSecurity, to: &years) }
        }
        for (name, column) in list.sourceAmountColumns {
          if !sourceOrder.contains(name) { sourceOrder.append(name) }
          add(name, row.amount(column).value ?? 0, isSecurity, to: &sources)
        }
        let written = list.columns(.source).map(row.text).filter { !$0.isEmpty }.joined(separator: " – ")
        if !written.isEmpty {
          if !sourceOrder.contains(written) { sourceOrder.append(written) }
          add(written, amount, isSecurity, to: &sources)
        }
        // A list that names sources: a row that names none still counts, under its own line.
        let namesSourceAmount = list.sourceAmountColumns.contains { row.amount($0.column).value.map { $0 != 0 } ?? false }
        let hasSourceColumns = !list.columns(.source).isEmpty || !list.sourceAmountColumns.isEmpty
        if hasSourceColumns, written.isEmpty, !namesSourceAmount, amount != 0 {
          if !sourceOrder.contains(Self.unsourced) { sourceOrder.append(Self.unsourced) }
          add(Self.unsourced, amount, isSecurity, to: &sources)
        }
      }
    }
    self.total = total
    self.security = vocabulary == nil ? nil : security
    self.securityTasks = counted
    self.statedTotal = lists.count == 1 ? lists[0].totalRows.last.flatMap { $0.total(in: lists[0]) } : nil
    self.byYear = years.keys.sorted().map { Line(label: $0, amount: years[$0]?.0 ?? 0, security: years[$0]?.1 ?? 0) }
    self.bySource = sourceOrder.map { Line(label: $0, amount: sources[$0]?.0 ?? 0, security: sources[$0]?.1 ?? 0) }
  }
}

extension ProjectList {
  /// The rows whose amounts add up to the list's total: tasks, and the parts of a task that
  /// states no amount of its own (a task with an amount already counts its parts).
  var countedRows: [ProjectRow] {
    var result: [ProjectRow] = []
    var parentHasAmount = false
    for row in tasks {
      if row.kind == .task {
        parentHasAmount = row.total(in: self) != nil
        result.append(row)
      } else if !parentHasAmount {
        result.append(row)
      }
    }
    return result
  }
}

extension BudgetSummary {
  /// The figures the report's plan summary carries (`PlanSummary.budget`).
  var facts: BudgetFacts {
    var perYear: [Int: Double] = [:]
    for line in byYear { if let year = Int(line.label) { perYear[year] = Self.double(line.amount) } }
    var perSource: [String: Double] = [:]
    for line in bySource { perSource[line.label] = Self.double(line.amount) }
    return BudgetFacts(
      total: Self.double(total), statedTotal: statedTotal.map(Self.double), securityAmount: security.map(Self.double),
      securityShare: securityShare.map { Self.double($0 / 100) }, perYear: perYear, perYearIsDerived: byYearIsProRata,
      perSource: perSource,
      securityRows: securityTasks.map { BudgetFacts.Row(name: $0.name, amount: Self.double($0.amount), location: $0.location) })
  }

  /// Rounded to the đồng (a millionth of a million): pro rata thirds are not exact. Read from
  /// the decimal's text: `NSDecimalNumber.doubleValue` multiplies by powers of ten and can
  /// land beside the nearest double (0.141447 → 0.14144700000000002).
  static func double(_ value: Decimal) -> Double {
    var rounded = Decimal()
    var input = value
    NSDecimalRound(&rounded, &input, 6, .plain)
    return Double(rounded.description) ?? NSDecimalNumber(decimal: rounded).doubleValue
  }
}
