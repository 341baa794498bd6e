import Foundation
import PrevailKit

/// Shows corpus progress on stderr: on a terminal a bar redrawn in place (failures stay on
/// their own line above it); otherwise one plain line per document.
final class CorpusProgressPrinter: @unchecked Sendable {
  private let isTerminal: Bool
  private let lock = NSLock()

  init(isTerminal: Bool) {
    self.isTerminal = isTerminal
  }

  func show(_ progress: CorpusProgress) {
    lock.lock()
    defer { lock.unlock() }
    var text = ""
    if isTerminal {
      let width = 30
      let filled = progress.total == 0 ? width : width * progress.completed / progress.total
      let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      text = "\r\u{1B}[K"
      if case .failed = progress.result.outcome { text += progress.result.line + "\n" }
      text += "[\(bar)] \(progress.completed)/\(progress.total) \(progress.result.document.name)"
    } else {
      text = "[\(progress.completed)/\(progress.total)] \(progress.result.line)\n"
    }
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Clears the bar.
  func finish() {
    if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
