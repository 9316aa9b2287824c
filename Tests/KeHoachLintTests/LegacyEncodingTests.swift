import Foundation
import Testing

@testable import KeHoachLint

/// Drafts typed with .VnTime (TCVN3) or VNI fonts and saved as text are read as the same
/// plan, with one warning that asks for Unicode.
@Suite struct LegacyEncodingTests {
  static let original = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-nam-2021.md"

  @Test(arguments: [("tcvn3", LegacyVietnameseEncoding.tcvn3), ("vni", .vni)])
  func legacyDraftReadsAsTheUnicodePlan(_ name: String, _ encoding: LegacyVietnameseEncoding) throws {
    let path = TestSupport.fixturesDirectory + "/hostile/encoding/ke-hoach-nam-2021-\(name).md"
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture must not be UTF-8")
    let legacy = try DocumentLoader().load(path)
    let unicode = try DocumentLoader().load(Self.original)
    #expect(legacy.legacyEncoding == encoding)
    #expect(legacy.blocks.map(\.displayText) == unicode.blocks.map(\.displayText))
    let report = try TestSupport.linter().lint(file: path)
    #expect(report.findings.map(\.ruleID) == ["legacy-encoding"])
    #expect(report.findings.first?.message.vi.contains(encoding.rawValue) == true)
  }

  @Test func knownVNIText() {
    // "Xin chào các bạn" and "Kế hoạch Ủy ban" as VNI-Windows bytes.
    let bytes = [UInt8]("Xin chaøo caùc baïn, Keá hoaïch UÛy ban".data(using: .windowsCP1252) ?? Data())
    #expect(VNIDecoder.decode(bytes) == "Xin chào các bạn, Kế hoạch Ủy ban")
  }

  @Test func randomBytesAreNotVietnamese() {
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<2000).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) }
    #expect(LegacyVietnameseEncoding.decode(noise) == nil)
  }
}
