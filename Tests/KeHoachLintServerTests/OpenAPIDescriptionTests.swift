import Foundation
import HTTPTypes
import Hummingbird
import Testing
import Yams

@testable import KeHoachLintServer

/// docs/openapi.yaml describes exactly the routes the router has.
struct OpenAPIDescriptionTests {
  @Test func everyRouteIsDescribedAndEveryDescribedRouteExists() throws {
    let router = try ServerApplication.router(ServerTestSupport.configuration())
    let served = Set(router.routes.map { "\($0.method.rawValue) \(Self.normalized("\($0.path)"))" })
    let text = try String(contentsOfFile: ServerTestSupport.repositoryRoot + "/docs/openapi.yaml", encoding: .utf8)
    let document = try #require(try Yams.load(yaml: text) as? [String: Any])
    #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
    let paths = try #require(document["paths"] as? [String: Any])
    var described: Set<String> = []
    for (path, item) in paths {
      for method in (item as? [String: Any])?.keys ?? [:].keys where Self.methods.contains(method) {
        described.insert("\(method.uppercased()) \(Self.normalized(path))")
      }
    }
    #expect(!served.isEmpty)
    #expect(served.subtracting(described).isEmpty, "served but not described: \(served.subtracting(described).sorted())")
    #expect(described.subtracting(served).isEmpty, "described but not served: \(described.subtracting(served).sorted())")
  }

  static let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]

  /// "/download/{token}/{name}" both ways; the root as "/".
  static func normalized(_ path: String) -> String {
    let trimmed = path.split(separator: "/").joined(separator: "/")
    return "/" + trimmed
  }
}
