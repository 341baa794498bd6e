import CLibXML2
import Foundation

/// A compiled RELAX NG schema (XML syntax), reusable for any number of validations.
///
/// Compiling is the expensive part (libxml2 takes many seconds for TEI's 1 MB `tei_all.rng`), so
/// compile once and keep the value. libxml2's schema and validation contexts are not thread-safe;
/// every use of the compiled schema runs under a lock, which is what makes sharing it `Sendable`.
public final class RelaxNGSchema: @unchecked Sendable {
  private let schema: xmlRelaxNGPtr
  private let lock = NSLock()

  /// Compiles the schema in a file. Relative `include`/`externalRef`s resolve against its path.
  public convenience init(contentsOf url: URL) throws {
    guard url.isFileURL else {
      throw XMLError(.unreadable, message: "\(url) is not a file URL")
    }
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw XMLError(.unreadable, message: "cannot read \(url.path)")
    }
    self.init(compiled: try Self.compile { xmlRelaxNGNewParserCtxt(url.path) })
  }

  /// Compiles a schema held in memory (it cannot use relative includes).
  public convenience init(data: Data) throws {
    guard !data.isEmpty, data.count <= Int(Int32.max) else {
      throw XMLError(.invalidSchema, message: "the schema is empty or too large")
    }
    let bytes = [CChar](unsafeUninitializedCapacity: data.count) { buffer, count in
      count = data.copyBytes(to: buffer)
    }
    // The parser context points into the buffer (no copy): compile while it is alive.
    let compiled = try bytes.withUnsafeBufferPointer { buffer in
      try Self.compile { xmlRelaxNGNewMemParserCtxt(buffer.baseAddress, Int32(buffer.count)) }
    }
    self.init(compiled: compiled)
  }

  private init(compiled: xmlRelaxNGPtr) { schema = compiled }

  private static func compile(
    makeContext: () -> xmlRelaxNGParserCtxtPtr?
  ) throws -> xmlRelaxNGPtr {
    try LibXML.collectingErrors { collector in
      guard let context = makeContext() else {
        throw XMLError(.library, message: "cannot create a RELAX NG parser context")
      }
      defer { xmlRelaxNGFreeParserCtxt(context) }
      xmlRelaxNGSetParserStructuredErrors(context, collector.structuredHandler, collector.context)
      guard let schema = xmlRelaxNGParse(context) else {
        throw XMLError.from(
          .invalidSchema, diagnostics: collector.diagnostics,
          fallback: "the schema does not compile")
      }
      return schema
    }
  }

  deinit { xmlRelaxNGFree(schema) }

  /// Validates a document. Returns the problems found, empty when the document is valid.
  ///
  /// Errors the parser reports without stopping (a duplicate `xml:id`, a namespace error) are
  /// included, before the schema's own messages.
  /// - Throws: `XMLError` when the document is not well-formed.
  public func validate(_ document: Data) throws -> [XMLDiagnostic] {
    lock.lock()
    defer { lock.unlock() }
    return try XMLReader.withDocument(document) { doc, parseDiagnostics in
      try LibXML.collectingErrors { collector in
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
          throw XMLError(.library, message: "cannot create a RELAX NG validation context")
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        xmlRelaxNGSetValidStructuredErrors(context, collector.structuredHandler, collector.context)
        let status = xmlRelaxNGValidateDoc(context, doc)
        var problems = parseDiagnostics.filter { $0.level >= .error }
        problems += collector.diagnostics(atLeast: .error)
        if status != 0, problems.isEmpty {
          let message = status > 0 ? "the document is not valid" : "validation failed internally"
          problems.append(XMLDiagnostic(level: .error, line: 0, message: message))
        }
        return problems
      }
    }
  }

  /// Validates a tree by writing it first; line numbers refer to `XMLSerializer`'s output.
  public func validate(_ root: XElement) throws -> [XMLDiagnostic] {
    try validate(XMLSerializer.data(root))
  }
}
