import Hummingbird
import KeHoachLint
import Logging

/// `kehoach-lint serve`: the self-check page for units drafting a plan.
public enum ServerApplication {
  /// The router with every route; the rule packs are loaded here, once.
  static func router(_ configuration: ServerConfiguration) throws(KeHoachLintError) -> Router<BasicRequestContext> {
    let router = Router()
    try ServerRoutes(configuration: configuration).register(on: router)
    return router
  }

  /// The application, listening where `configuration` says.
  public static func make(_ configuration: ServerConfiguration, logger: Logger? = nil) throws(KeHoachLintError) -> some ApplicationProtocol
  {
    var logger = logger ?? Logger(label: "kehoach-lint-serve")
    if logger.logLevel > .info { logger.logLevel = .info }
    return Application(
      router: try router(configuration),
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kehoach-lint"),
      logger: logger)
  }

  /// Serves until SIGTERM or SIGINT, then stops taking connections and finishes the requests
  /// in flight (Hummingbird's ServiceGroup with graceful shutdown signals).
  public static func run(_ configuration: ServerConfiguration) async throws {
    try MemoryStaging.check()
    let application = try make(configuration)
    try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }
}
