import Foundation
import KeHoachLint

/// How `kehoach-lint serve` runs: where it listens and the limits that keep one small
/// machine answering whatever is sent to it.
public struct ServerConfiguration: Sendable {
  public var host = "127.0.0.1"
  public var port = 8080
  /// Largest request body read; a larger one is refused while it streams in (413).
  public var maxUploadBytes = 50 * 1_048_576
  /// Checks run at once; each holds its upload in memory, so this also bounds memory.
  public var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
  /// Requests that may wait for a free job; past them the answer is 503 with Retry-After.
  public var queueLength: Int
  /// A check that takes longer is answered with 503 (its work still holds its job until done).
  public var checkTimeLimit: Duration = .seconds(60)
  /// How long a check is kept for its downloads (in memory), and how many bytes all the kept
  /// ones may take: each holds its uploads, from which the draft with comments is written.
  public var resultLifetime: Duration = .seconds(600)
  public var resultStoreBytes = 64 * 1_048_576
  /// The rule packs (the bundled `Rules/` unless `--rules-dir` says otherwise).
  public var rulesDirectory: String
  /// Called once a check holds its job, before the upload is read: tests use it to keep a
  /// job busy and see the queue fill.
  public var willCheck: (@Sendable () async -> Void)?

  public init(rulesDirectory: String, jobs: Int? = nil) {
    self.rulesDirectory = rulesDirectory
    if let jobs { self.jobs = max(1, jobs) }
    queueLength = 4 * self.jobs
  }
}
