import Foundation
import PrevailXML

/// The RELAX NG schema of Prevail's TEI dialect (`prevail-tei.rng`, shipped as a resource), and
/// validation of reports against it.
///
/// The schema is much smaller than TEI's `tei_all.rng` and tighter: it requires the header parts,
/// the two version divisions, an `xml:id` on every sentence and segment, and the attributes of
/// links and annotations. Reports that validate against it are meant to validate against
/// `tei_all.rng` too (the test suite checks both).
public enum TEISchema {
  /// The resource's file name.
  public static let resourceName = "prevail-tei.rng"

  /// Where the schema file is in the module's bundle.
  public static func projectSchemaURL() throws -> URL {
    guard let url = Bundle.module.url(forResource: "prevail-tei", withExtension: "rng") else {
      throw XMLError(.unreadable, message: "\(resourceName) is missing from the bundle")
    }
    return url
  }

  /// The schema's bytes.
  public static func projectSchemaData() throws -> Data {
    let url = try projectSchemaURL()
    do {
      return try Data(contentsOf: url)
    } catch {
      throw XMLError(.unreadable, message: "cannot read \(url.path): \(error.localizedDescription)")
    }
  }

  /// The compiled schema, compiled on first use and shared afterwards.
  public static func projectSchema() throws -> RelaxNGSchema { try compiled.get() }

  private static let compiled: Result<RelaxNGSchema, any Error> = Result {
    try RelaxNGSchema(data: projectSchemaData())
  }

  /// Validates a report against the project schema; empty when it is valid.
  /// - Throws: `XMLError` when the report is not well-formed or the schema cannot be loaded.
  public static func validate(_ report: Data) throws -> [XMLDiagnostic] {
    try projectSchema().validate(report)
  }

  /// Validates a report against another RELAX NG schema file, such as TEI's `tei_all.rng`
  /// (compiling it each time: keep a `RelaxNGSchema` to validate many reports).
  public static func validate(_ report: Data, schemaAt url: URL) throws -> [XMLDiagnostic] {
    try RelaxNGSchema(contentsOf: url).validate(report)
  }
}
