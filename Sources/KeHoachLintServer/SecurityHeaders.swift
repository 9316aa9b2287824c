import HTTPTypes
import Hummingbird

/// The headers every answer carries, error pages included: nothing cached (a report quotes
/// the draft), nothing fetched or run but the page's own inline style and the reports' inline
/// SVG (the reports and pages use no script, no image file and no font file), no MIME sniffing,
/// no referrer leaving the page.
enum SecurityHeaders {
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

  static let fields: [(HTTPField.Name, String)] = [
    (HTTPField.Name("Cache-Control")!, "no-store"),
    (HTTPField.Name("Content-Security-Policy")!, contentSecurityPolicy),
    (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
    (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
  ]
}

/// Sets `SecurityHeaders` on every response, and turns a route not found into the server's
/// own page (so it carries them too).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError {
      let language = ServerRoutes.language(of: request)
      let title = error.status == .notFound ? ServerText.notFoundTitle : ServerText.badRequestTitle
      let line = error.status == .notFound ? ServerText.notFound.text(in: language) : (error.body ?? error.status.reasonPhrase)
      response = ServerRoutes.html(Pages.notice(title: title, lines: [line], language: language), status: error.status)
    }
    for (name, value) in SecurityHeaders.fields { response.headers[name] = value }
    return response
  }
}
