import KeHoachLint

/// The bundled packs, loaded once (the fuzzer calls the entry point millions of times).
let linter: Linter? = {
  guard let rules = RulesDirectory.locate() else { return nil }
  return try? Linter(configuration: Configuration(rulesDirectory: rules, profileID: "phu-luc-i-2021-2025"))
}()

/// The WordprocessingML reader (document.xml alone or Flat OPC), outline and rules on
/// arbitrary bytes: typed errors are fine, crashes and hangs are not.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let document = try? WordXMLReader().read(bytes: bytes, file: "fuzz.xml") else { return 0 }
  _ = Outline(document: document)
  _ = linter?.lint(document: document)
  return 0
}

/// libFuzzer's C entry point, for when its own `main` drives the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzOne(data, size)
}
