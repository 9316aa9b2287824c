/// A rule that knows the guidance's deadline for drafts at a unit's level, so reports (the
/// feedback letter) can state it without knowing rule types.
protocol DeadlineProviding {
  func deadline(for level: UnitLevel) -> CivilDate?
}

extension PlanDeadlineRule: DeadlineProviding {
  func deadline(for level: UnitLevel) -> CivilDate? { spec.deadlines[level] }
}
