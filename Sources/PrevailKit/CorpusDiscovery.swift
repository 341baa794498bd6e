import Foundation
import PrevailIngest

/// One document found in a corpus directory.
public struct CorpusDocument: Sendable, Hashable {
  /// What the document is made of.
  public enum Files: Sendable, Hashable {
    /// One file holding both versions (text, TMX, XLIFF or TEI).
    case single(path: String)
    /// A Chinese and an English file.
    case pair(zh: String, en: String)
  }

  /// Unique within the corpus; reports are written as `<name>.json`, `<name>.tei.xml`.
  public var name: String
  public var files: Files

  public init(name: String, files: Files) {
    self.name = name
    self.files = files
  }

  /// The path reports and errors name first.
  public var path: String {
    switch files {
    case .single(let path): path
    case .pair(let zh, _): zh
    }
  }
}

/// Finds the documents under a directory.
///
/// The rule: every folder (the directory itself and each folder below it, hidden ones and
/// symbolic links excepted) is looked at on its own.
/// - A folder with a `zh.*` and an `en.*` file is one document, the pair; other files in it
///   (provenance notes, `known_discrepancies.json`) are not documents.
/// - Otherwise each document file in the folder (`.txt`, `.tmx`, `.xlf`, `.xliff`, `.xml`,
///   `.tei`) is one bilingual document.
///
/// A document is named after its folder's path below the directory (`/` becomes `-`; the
/// directory's own name at the top), with `-<file stem>` added when a folder holds several
/// documents. Documents are listed by name.
public enum CorpusDiscovery {
  /// File name extensions of documents (lower case).
  public static let documentExtensions: Set<String> = ["txt", "tmx", "xlf", "xliff", "xml", "tei"]

  /// The documents under `directory`; folders in `excluding` (such as the report directory)
  /// and everything below them are left out.
  public static func documents(in directory: String, excluding: [String] = []) throws
    -> [CorpusDocument]
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw InputError.missing(path: directory)
    }
    guard isDirectory.boolValue else {
      throw InputError.notText(path: directory, reason: "is not a directory")
    }
    let root = URL(fileURLWithPath: directory).standardizedFileURL
    var found: [CorpusDocument] = []
    var pending: [(url: URL, relative: [String])] = [(root, [])]
    let excluded = Set(excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    var visited = 0
    while let (folder, relative) = pending.popLast() {
      visited += 1
      guard visited <= 100_000 else { break }
      let entries = try contents(of: folder)
      let base = relative.isEmpty ? root.lastPathComponent : relative.joined(separator: "-")
      var files: [URL] = []
      for entry in entries {
        let values = try? entry.resourceValues(forKeys: [
          .isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey,
        ])
        if values?.isSymbolicLink == true { continue }
        if values?.isDirectory == true {
          guard !excluded.contains(entry.standardizedFileURL.path) else { continue }
          pending.append((entry, relative + [entry.lastPathComponent]))
        } else if values?.isRegularFile == true,
          documentExtensions.contains(entry.pathExtension.lowercased())
        {
          files.append(entry)
        }
      }
      found += folderDocuments(files, base: base, relative: relative, root: directory)
    }
    return uniqueNames(found.sorted { ($0.name, $0.path) < ($1.name, $1.path) })
  }

  private static func contents(of folder: URL) throws -> [URL] {
    do {
      return try FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
        options: [.skipsHiddenFiles]
      ).sorted { $0.lastPathComponent < $1.lastPathComponent }
    } catch {
      throw InputError.unreadable(path: folder.path, reason: "the folder cannot be listed")
    }
  }

  private static func folderDocuments(
    _ files: [URL], base: String, relative: [String], root: String
  ) -> [CorpusDocument] {
    func path(_ url: URL) -> String {
      (NSString(string: root).appendingPathComponent(
        (relative + [url.lastPathComponent])
          .joined(separator: "/")) as String)
    }
    let stem = { (url: URL) in url.deletingPathExtension().lastPathComponent.lowercased() }
    if let zh = files.first(where: { stem($0) == "zh" }),
      let en = files.first(where: { stem($0) == "en" })
    {
      return [CorpusDocument(name: base, files: .pair(zh: path(zh), en: path(en)))]
    }
    if files.count == 1, let file = files.first {
      return [CorpusDocument(name: base, files: .single(path: path(file)))]
    }
    return files.map {
      CorpusDocument(
        name: base + "-" + $0.deletingPathExtension().lastPathComponent,
        files: .single(path: path($0)))
    }
  }

  /// Appends `-2`, `-3` … to names that occur more than once.
  private static func uniqueNames(_ documents: [CorpusDocument]) -> [CorpusDocument] {
    var seen: [String: Int] = [:]
    return documents.map { document in
      var renamed = document
      let count = seen[document.name, default: 0] + 1
      seen[document.name] = count
      if count > 1 { renamed.name += "-\(count)" }
      return renamed
    }
  }
}
