import CLibXML2
import Foundation

/// Internal glue over libxml2: one-time initialization, errors, strings and buffers.
enum LibXML {
  /// `xmlInitParser` is not thread-safe itself; calling it once up front makes later calls so.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  static func ensureInitialized() { _ = initialized }

  /// Runs `body` with a structured error handler collecting libxml2's messages.
  ///
  /// The handler is per thread (and other code, such as Foundation's `XMLParser`, replaces it),
  /// so it is installed right before the work and the previous one restored after.
  static func collectingErrors<T>(_ body: (ErrorCollector) throws -> T) rethrows -> T {
    ensureInitialized()
    let collector = ErrorCollector()
    let previousHandler = __xmlStructuredError()?.pointee
    let previousContext = __xmlStructuredErrorContext()?.pointee
    xmlSetStructuredErrorFunc(collector.context, collector.structuredHandler)
    defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
    return try withExtendedLifetime(collector) { try body(collector) }
  }

  /// A Swift string from a libxml2 string.
  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// Whether a name is an NCName (a name without a colon).
  static func isNCName(_ name: String) -> Bool {
    !name.isEmpty && xmlValidateNCName(name, 0) == 0
  }
}

/// Collects libxml2's structured errors; reached from C through an unretained context pointer.
final class ErrorCollector {
  private(set) var diagnostics: [XMLDiagnostic] = []

  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// The diagnostics at or above a level.
  func diagnostics(atLeast level: XMLDiagnostic.Level) -> [XMLDiagnostic] {
    diagnostics.filter { $0.level >= level }
  }

  func record(
    level rawLevel: xmlErrorLevel, line: Int32, column: Int32, message: UnsafeMutablePointer<CChar>?
  ) {
    let level: XMLDiagnostic.Level
    switch rawLevel {
    case XML_ERR_NONE: return
    case XML_ERR_WARNING: level = .warning
    case XML_ERR_ERROR: level = .error
    default: level = .fatal
    }
    let text = message.map { String(cString: $0) } ?? "unknown error"
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
    diagnostics.append(
      XMLDiagnostic(
        level: level, line: Int(max(line, 0)), column: column > 0 ? Int(column) : nil,
        message: oneLine))
  }

  /// The C callback; its context is an unretained `ErrorCollector`.
  var structuredHandler: xmlStructuredErrorFunc {
    { context, error in
      guard let context, let error else { return }
      let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
      collector.record(
        level: error.pointee.level, line: error.pointee.line, column: error.pointee.int2,
        message: error.pointee.message)
    }
  }
}
