import ArgumentParser
import PrevailChecks

/// `prevail checks`: list the checks with their ids and rationale.
struct ChecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checks", abstract: "List the checks Prevail runs, with their rationale.")

  func run() {
    for check in CheckRegistry.all {
      let descriptor = check.descriptor
      print("\(descriptor.id) (\(descriptor.category.rawValue), default \(descriptor.defaultSeverity.rawValue))")
      print("  \(descriptor.title)")
      print("  \(descriptor.rationale)")
      print()
    }
  }
}
