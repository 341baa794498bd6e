/// Irregular and suppletive English forms mapped to the base word the Porter stemmer then
/// stems, so that "children" meets "child" and "elderly"/"older" meet "old".
enum Irregulars {
  static let base: [[UInt8]: [UInt8]] = {
    var table: [[UInt8]: [UInt8]] = [:]
    for (form, lemma) in pairs { table[Array(form.utf8)] = Array(lemma.utf8) }
    return table
  }()

  private static let pairs: [(String, String)] = [
    ("children", "child"), ("women", "woman"), ("men", "man"), ("people", "person"),
    ("peoples", "person"), ("persons", "person"), ("feet", "foot"), ("teeth", "tooth"),
    ("mice", "mouse"), ("geese", "goose"), ("oxen", "ox"), ("lives", "life"),
    ("wives", "wife"), ("knives", "knife"), ("halves", "half"), ("selves", "self"),
    ("criteria", "criterion"), ("phenomena", "phenomenon"), ("indices", "index"),
    ("analyses", "analysis"), ("crises", "crisis"), ("bases", "basis"), ("theses", "thesis"),
    ("elderly", "old"), ("elder", "old"), ("elders", "old"), ("older", "old"),
    ("oldest", "old"), ("eldest", "old"), ("aged", "old"), ("aging", "old"),
    ("ageing", "old"), ("better", "good"), ("best", "good"), ("worse", "bad"),
    ("worst", "bad"), ("younger", "young"), ("youngest", "young"), ("bigger", "big"),
    ("biggest", "big"), ("larger", "large"), ("largest", "large"), ("smaller", "small"),
    ("smallest", "small"), ("greater", "great"), ("greatest", "great"), ("higher", "high"),
    ("highest", "high"), ("lower", "low"), ("lowest", "low"), ("wider", "wide"),
    ("widest", "wide"), ("stronger", "strong"), ("strongest", "strong"),
    ("weaker", "weak"), ("weakest", "weak"), ("longer", "long"), ("longest", "long"),
    ("fewer", "few"), ("fewest", "few"), ("richer", "rich"), ("richest", "rich"),
    ("poorer", "poor"), ("poorest", "poor"), ("faster", "fast"), ("fastest", "fast"),
    ("earlier", "early"), ("earliest", "early"), ("later", "late"), ("latest", "late"),
    ("closer", "close"), ("closest", "close"), ("deeper", "deep"), ("deepest", "deep"),
    ("easier", "easy"), ("easiest", "easy"), ("harder", "hard"), ("hardest", "hard"),
    ("safer", "safe"), ("safest", "safe"), ("broader", "broad"), ("broadest", "broad"),
    ("newer", "new"), ("newest", "new"), ("further", "far"), ("farther", "far"),
    ("furthest", "far"), ("more", "many"), ("less", "little"), ("least", "little"),
    ("was", "be"), ("were", "be"), ("been", "be"), ("is", "be"), ("are", "be"), ("am", "be"),
    ("has", "have"), ("had", "have"), ("did", "do"), ("done", "do"), ("does", "do"),
    ("went", "go"), ("gone", "go"), ("made", "make"), ("took", "take"), ("taken", "take"),
    ("gave", "give"), ("given", "give"), ("seen", "see"), ("knew", "know"),
    ("known", "know"), ("grew", "grow"), ("grown", "grow"), ("began", "begin"),
    ("begun", "begin"), ("brought", "bring"), ("bought", "buy"), ("thought", "think"),
    ("sought", "seek"), ("taught", "teach"), ("caught", "catch"), ("fought", "fight"),
    ("built", "build"), ("sent", "send"), ("spent", "spend"), ("held", "hold"),
    ("led", "lead"), ("kept", "keep"), ("met", "meet"), ("paid", "pay"),
    ("said", "say"), ("told", "tell"), ("sold", "sell"), ("stood", "stand"),
    ("understood", "understand"), ("written", "write"), ("wrote", "write"),
    ("chosen", "choose"), ("chose", "choose"), ("drawn", "draw"), ("drew", "draw"),
    ("fell", "fall"), ("fallen", "fall"), ("lost", "lose"),
    ("ran", "run"), ("risen", "rise"), ("shown", "show"),
    ("spoke", "speak"), ("spoken", "speak"), ("felt", "feel"),
  ]
}
