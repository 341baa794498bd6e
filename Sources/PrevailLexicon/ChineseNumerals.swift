/// Explicit classification of the characters Chinese numbers are written with. Deliberately
/// not `Character.isNumber`/`wholeNumberValue`, which also accept ②, Ⅳ and give 十 = 10
/// without composing 三千五百.
enum ChineseNumerals {
  /// 零〇一二两三四五六七八九 (and financial forms) → 0…9.
  static func digit(_ value: UInt32) -> Int? {
    switch value {
    case 0x96F6, 0x3007: return 0  // 零 〇
    case 0x4E00, 0x58F9, 0x58F1: return 1  // 一 壹 壱
    case 0x4E8C, 0x4E24, 0x5169, 0x8D30, 0x8CB3: return 2  // 二 两 兩 贰 貳
    case 0x4E09, 0x53C1, 0x53C3: return 3  // 三 叁 參
    case 0x56DB, 0x8086: return 4  // 四 肆
    case 0x4E94, 0x4F0D: return 5  // 五 伍
    case 0x516D, 0x9646, 0x9678: return 6  // 六 陆 陸
    case 0x4E03, 0x67D2: return 7  // 七 柒
    case 0x516B, 0x634C: return 8  // 八 捌
    case 0x4E5D, 0x7396: return 9  // 九 玖
    default: return nil
    }
  }

  /// 十百千 → 10, 100, 1000 (and financial 拾佰仟).
  static func smallUnit(_ value: UInt32) -> Double? {
    switch value {
    case 0x5341, 0x62FE: return 10  // 十 拾
    case 0x767E, 0x4F70: return 100  // 百 佰
    case 0x5343, 0x4EDF: return 1000  // 千 仟
    default: return nil
    }
  }

  /// 万萬 → 1e4, 亿億 → 1e8.
  static func bigUnit(_ value: UInt32) -> Double? {
    switch value {
    case 0x4E07, 0x842C: return 1e4  // 万 萬
    case 0x4EBF, 0x5104: return 1e8  // 亿 億
    default: return nil
    }
  }

  /// ASCII and full-width digits → 0…9.
  static func arabicDigit(_ value: UInt32) -> Int? {
    switch value {
    case 0x30...0x39: return Int(value - 0x30)
    case 0xFF10...0xFF19: return Int(value - 0xFF10)
    default: return nil
    }
  }

  /// Financial and variant digit forms that are ordinary words or parts of words when they
  /// stand alone (陆 land, 伍 ranks, 參 take part, 拾 pick up, 肆 wanton, 贰 disloyal).
  static func isFormalOnly(_ value: UInt32) -> Bool {
    [
      0x58F9, 0x58F1, 0x8D30, 0x8CB3, 0x53C1, 0x53C3, 0x8086, 0x4F0D, 0x9646, 0x9678, 0x67D2,
      0x634C, 0x7396, 0x62FE, 0x4F70, 0x4EDF,
    ].contains(value)
  }

  /// Measure words and units after which a numeral counts things (个, 项, 年 …).
  static func isMeasureWord(_ value: UInt32) -> Bool { measureWords.contains(value) }

  static func isNumeralCharacter(_ value: UInt32) -> Bool {
    digit(value) != nil || smallUnit(value) != nil || bigUnit(value) != nil
  }

  /// Measure words and units after which a lone 一, 两 or 零 is a number (一个, 两项, 一年).
  static let measureWords: Set<UInt32> = Set(
    ("个個项項种種次条條名位年月日天周週岁歲家所件张張本份批类類套座层層部段句倍组組支台臺辆輛"
      + "架双雙对對块塊元米吨噸克公小秒章节節篇轮輪届屆期款例人场場股片间間栋棟笔筆门門头頭只隻"
      + "枚颗顆则則封首幅株匹票声聲遍回趟级級员員国國方").unicodeScalars.map(\.value))

  /// Characters before a lone 一 that make it part of a word: 统一, 唯一, 进一步, 万一, 之一 …
  static let wordPrefixesOfOne: Set<UInt32> = Set(
    "统統唯进進逐万萬之不归歸合划劃专專单單同整均".unicodeScalars.map(\.value))

  /// Two-character words that start with a numeral but are not numbers (十分 = very).
  static let nonNumberWords: Set<[UInt32]> = Set(
    ["十分", "四处", "四處", "一一", "三明治", "七八", "千万", "千萬", "万一", "萬一"].map {
      $0.unicodeScalars.map(\.value)
    })

  static let separatorSpaces: Set<UInt32> = [0x20, 0xA0, 0x2009, 0x202F]

  /// Evaluates a run of Chinese numeral characters (digits and units, no Arabic digits).
  /// Digit-only runs read digit by digit (一九四八 = 1948).
  static func evaluate(_ run: ArraySlice<UInt32>) -> Double? {
    guard !run.isEmpty else { return nil }
    if run.allSatisfy({ digit($0) != nil }) {
      var value = 0.0
      for character in run { value = value * 10 + Double(digit(character) ?? 0) }
      return value
    }
    return evaluateWithUnits(run)
  }

  /// Splits at the largest big unit: `left × unit + right`; 两万五 means 25000.
  private static func evaluateWithUnits(_ run: ArraySlice<UInt32>) -> Double? {
    for unit in [1e8, 1e4] {
      if let position = run.firstIndex(where: { bigUnit($0) == unit }) {
        let left = run[run.startIndex..<position]
        let rightStart = run.index(after: position)
        // 万亿: the 万 belongs to the left part's multiplier.
        var rightIndex = rightStart
        var multiplier = unit
        while rightIndex < run.endIndex, let further = bigUnit(run[rightIndex]) {
          multiplier *= further
          rightIndex += 1
        }
        let right = run[rightIndex..<run.endIndex]
        guard let leftValue = left.isEmpty ? nil : evaluateWithUnits(left) else { return nil }
        var rightValue = 0.0
        if !right.isEmpty {
          if right.count == 1, let lone = right.first.flatMap(digit) {
            rightValue = Double(lone) * multiplier / 10
          } else {
            guard let value = evaluateWithUnits(right) else { return nil }
            rightValue = value
          }
        }
        return leftValue * multiplier + rightValue
      }
    }
    return evaluateSection(run)
  }

  /// A section below 10000: 三千五百, 十二, 一百零五, 三千五 (= 3500).
  private static func evaluateSection(_ run: ArraySlice<UInt32>) -> Double? {
    var total = 0.0
    var pending: Double?
    var lastUnit = 0.0
    var sawZero = false
    for character in run {
      if let value = digit(character) {
        if value == 0 {
          sawZero = true
          pending = nil
          continue
        }
        if pending != nil { return nil }
        pending = Double(value)
      } else if let unit = smallUnit(character) {
        if lastUnit != 0 && unit >= lastUnit { return nil }
        total += (pending ?? 1) * unit
        pending = nil
        lastUnit = unit
        sawZero = false
      } else {
        return nil
      }
    }
    if let pending {
      total += (lastUnit >= 100 && !sawZero) ? pending * lastUnit / 10 : pending
    }
    return total
  }
}
