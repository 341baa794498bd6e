import PrevailModel

/// Counts behind precision, recall and F1 for one category or overall.
public struct EvaluationScore: Hashable, Sendable {
  /// Gold items counted, and how many of them some finding reports.
  public var gold = 0
  public var found = 0
  /// Findings counted, and how many of them report some gold item.
  public var findings = 0
  public var correct = 0

  public init(gold: Int = 0, found: Int = 0, findings: Int = 0, correct: Int = 0) {
    self.gold = gold
    self.found = found
    self.findings = findings
    self.correct = correct
  }

  /// Correct findings over findings; nil when there are no findings.
  public var precision: Double? { findings == 0 ? nil : Double(correct) / Double(findings) }
  /// Found gold items over gold items; nil when there is no gold.
  public var recall: Double? { gold == 0 ? nil : Double(found) / Double(gold) }
  /// Harmonic mean of precision and recall (0 when either is 0; nil when either is undefined).
  public var f1: Double? {
    guard let precision, let recall else { return nil }
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}

/// Scores at one severity threshold: gold items and findings at or above it.
public struct EvaluationView: Hashable, Sendable {
  public var threshold: Severity
  /// Per category: recall over gold items of that category, precision over findings of it.
  public var categories: [IssueCategory: EvaluationScore]
  public var overall: EvaluationScore
  /// Gold items at or above the threshold that no finding at or above it reports, in gold order.
  public var misses: [ExpectedDiscrepancy]
  /// Of the misses, those that a finding below the threshold reports.
  public var foundBelowThreshold: Set<String>
  /// Findings at or above the threshold that report no gold item, in report order.
  public var falseAlarms: [LocatedFinding]
}

/// A finding above minor on a correspondence the gold says is faithful.
public struct EquivalenceViolation: Hashable, Sendable {
  public var finding: LocatedFinding
  public var equivalence: ExpectedEquivalence
}

/// Findings compared with gold: precision, recall and F1 by category, for major and critical
/// items and for all severities; misses, false alarms, and equivalences violated.
///
/// Neutral findings (by-design non-correspondence) and neutral gold are not scored. A finding is
/// correct when it reports any gold item (several findings may report one item; `duplicates`
/// counts the extra ones). An item is found at a threshold only by a finding at or above it,
/// and each finding finds at most one item: recall counts a maximum one-to-one matching, so one
/// finding near three neighbouring items does not score three.
public struct Evaluation: Hashable, Sendable {
  public var gold: ExpectedFindings
  public var findings: [LocatedFinding]
  public var matcher: GoldMatcher
  public var majorAndCritical: EvaluationView
  public var allSeverities: EvaluationView
  /// Findings above minor that lie on an equivalence and report no gold item.
  public var violations: [EquivalenceViolation]
  /// Neutral findings, not scored.
  public var neutral: Int
  /// Scored findings that report a gold item another finding already reports.
  public var duplicates: Int

  public init(gold: ExpectedFindings, findings: [LocatedFinding], matcher: GoldMatcher = .init()) {
    self.gold = gold
    self.findings = findings
    self.matcher = matcher
    let matches = findings.map { located in
      Set(gold.discrepancies.filter { matcher.matches(located, $0) }.map(\.id))
    }
    let quoting = findings.map { located in
      Set(gold.discrepancies.filter { matcher.quotes(located, $0) }.map(\.id))
    }
    majorAndCritical = Self.view(
      .major, gold: gold, findings: findings, matches: matches, quoting: quoting)
    allSeverities = Self.view(
      .minor, gold: gold, findings: findings, matches: matches, quoting: quoting)
    neutral = findings.filter { $0.finding.severity == .neutral }.count
    var reported = Set<String>()
    var duplicates = 0
    for (located, ids) in zip(findings, matches) where located.finding.severity > .neutral {
      if !ids.isEmpty && ids.isSubset(of: reported) { duplicates += 1 }
      reported.formUnion(ids)
    }
    self.duplicates = duplicates
    violations = zip(findings, matches).compactMap { located, ids in
      guard located.finding.severity > .minor, ids.isEmpty,
        let equivalence = gold.equivalences.first(where: { matcher.touches(located, $0) })
      else { return nil }
      return EquivalenceViolation(finding: located, equivalence: equivalence)
    }
  }

  private static func view(
    _ threshold: Severity, gold: ExpectedFindings, findings: [LocatedFinding],
    matches: [Set<String>], quoting: [Set<String>]
  ) -> EvaluationView {
    var categories: [IssueCategory: EvaluationScore] = [:]
    var overall = EvaluationScore()
    var reportedAt = Set<String>()
    var foundBelow = Set<String>()
    var falseAlarms: [LocatedFinding] = []
    var scoring: [Set<String>] = []
    var scoringQuotes: [Set<String>] = []
    for (index, (located, ids)) in zip(findings, matches).enumerated()
    where located.finding.severity > .neutral {
      guard located.finding.severity >= threshold else {
        foundBelow.formUnion(ids)
        continue
      }
      let category = located.finding.category
      categories[category, default: EvaluationScore()].findings += 1
      overall.findings += 1
      if ids.isEmpty {
        falseAlarms.append(located)
      } else {
        categories[category, default: EvaluationScore()].correct += 1
        overall.correct += 1
        reportedAt.formUnion(ids)
        scoring.append(ids)
        scoringQuotes.append(quoting[index])
      }
    }
    // Graver items first: a finding between a major and a minor item finds the major one.
    let ranked = gold.discrepancies.filter { $0.severity >= threshold }.enumerated().sorted {
      ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset)
    }
    let foundAt = oneToOne(ranked.map(\.element.id), preferred: scoringQuotes, scoring)
    var misses: [ExpectedDiscrepancy] = []
    for item in gold.discrepancies where item.severity >= threshold {
      categories[item.category, default: EvaluationScore()].gold += 1
      overall.gold += 1
      if foundAt.contains(item.id) {
        categories[item.category, default: EvaluationScore()].found += 1
        overall.found += 1
      } else {
        misses.append(item)
      }
    }
    return EvaluationView(
      threshold: threshold, categories: categories, overall: overall, misses: misses,
      foundBelowThreshold: foundBelow.subtracting(reportedAt), falseAlarms: falseAlarms)
  }

  /// The gold items of a maximum matching in which each finding (given by the ids it reports)
  /// finds at most one item (augmenting paths; gold sets are small). Pairings in `preferred`
  /// (the finding quotes the item) are made first and kept.
  static func oneToOne(
    _ items: [String], preferred: [Set<String>] = [], _ findings: [Set<String>]
  ) -> Set<String> {
    var owner: [Int: String] = [:]  // finding index → the item it finds
    func augment(_ item: String, _ edges: [Set<String>], _ visited: inout Set<Int>) -> Bool {
      for index in edges.indices where edges[index].contains(item) {
        guard visited.insert(index).inserted else { continue }
        if let current = owner[index] {
          guard augment(current, edges, &visited) else { continue }
        }
        owner[index] = item
        return true
      }
      return false
    }
    for edges in [preferred, findings] where !edges.isEmpty {
      for item in items where !owner.values.contains(item) {
        var visited = Set<Int>()
        _ = augment(item, edges, &visited)
      }
    }
    return Set(owner.values)
  }
}
