/// The tool's version, printed by `--version` and written into every report.
public enum KeHoachLintVersion {
  public static let current = "0.1.0"
}
