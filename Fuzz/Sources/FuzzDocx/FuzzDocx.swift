import KeHoachLint

/// Small limits, so that a mutated archive cannot make one run slow: the limits themselves
/// are part of what is fuzzed.
let limits = DocxLimits(maximumEntryCount: 200, maximumPartSize: 4 * 1024 * 1024, maximumTotalSize: 8 * 1024 * 1024)

/// The ZIP layer and the DOCX reader, then the outline, on arbitrary bytes: typed errors are
/// fine, crashes and hangs are not.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let document = try? DocxReader(limits: limits).read(bytes: bytes, file: "fuzz.docx") else { return 0 }
  _ = Outline(document: document)
  return 0
}

/// libFuzzer's C entry point, for when its own `main` drives the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzOne(data, size)
}
