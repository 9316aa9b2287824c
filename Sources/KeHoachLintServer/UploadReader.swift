import HTTPTypes
import Hummingbird

/// Reads a request body into memory, refusing it as soon as it passes the limit: a declared
/// length over the limit before a byte is read, a chunked body at the chunk that crosses it.
enum UploadReader {
  struct TooLarge: Error {}

  /// Whether the declared length alone is over the limit.
  static func declaredTooLarge(_ request: Request, limit: Int) -> Bool {
    guard let length = request.headers[.contentLength].flatMap(Int.init) else { return false }
    return length > limit
  }

  /// The body's bytes, in one array reserved at the announced size (no buffer doubling its
  /// way past the limit, and no second copy: the linter reads this array).
  static func read(_ body: RequestBody, declaredLength: Int?, limit: Int) async throws -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(declaredLength ?? 64 * 1024, limit))
    for try await chunk in body {
      guard bytes.count + chunk.readableBytes <= limit else { throw TooLarge() }
      chunk.withUnsafeReadableBytes { bytes.append(contentsOf: $0) }
    }
    return bytes
  }
}
