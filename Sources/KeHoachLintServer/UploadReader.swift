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

  static func read(_ body: RequestBody, declaredLength: Int?, limit: Int) async throws -> ByteBuffer {
    // One allocation of the announced size, not a buffer doubling its way past the limit.
    var buffer = ByteBufferAllocator().buffer(capacity: min(declaredLength ?? 64 * 1024, limit))
    for try await chunk in body {
      guard buffer.readableBytes + chunk.readableBytes <= limit else { throw TooLarge() }
      buffer.writeImmutableBuffer(chunk)
    }
    return buffer
  }
}
