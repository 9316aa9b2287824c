import KeHoachLint

/// The bundled packs, loaded once (the fuzzer calls the entry point millions of times).
let linter: Linter? = {
  guard let rules = RulesDirectory.locate() else { return nil }
  return try? Linter(configuration: Configuration(rulesDirectory: rules, profileID: "phu-luc-i-2021-2025"))
}()

/// Markdown reader, outline and every rule of a profile on arbitrary bytes: must never crash.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard String(validating: bytes, as: UTF8.self) != nil else { return 0 }
  let document = MarkdownReader().read(bytes: bytes, file: "fuzz.md")
  _ = Outline(document: document)
  _ = linter?.lint(document: document)
  return 0
}

/// libFuzzer's C entry point, for when its own `main` drives the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzOne(data, size)
}
