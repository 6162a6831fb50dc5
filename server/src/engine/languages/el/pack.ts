/** Everything Calque knows of the language el: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'el',
  // The Greek question mark is the erotimatiko ";" (U+037E, usually typed as the semicolon).
  questionMarks: ';\u037e',
  quotes: {
    name: 'Greek',
    primary: '«»',
    secondary: '“”',
    source: 'Μ. Τριανταφυλλίδης, Νεοελληνική Γραμματική, “Εισαγωγικά” («…», “…” inside); [WP]',
  },
  abbreviations: ['π', 'χ', 'κ', 'λπ', 'κλπ', 'δηλ', 'εκ', 'εκατ', 'δισ', 'χιλ', 'σελ', 'αρ', 'κ.ά', 'μ', 'δρ', 'καθ', 'οδ', 'λεωφ', 'περ', 'ελ', 'βλ', 'κεφ'],
  // Λεξικό της κοινής νεοελληνικής (Ίδρυμα Μανόλη Τριανταφυλλίδη): εκατομμύριο, δισεκατομμύριο,
  // τρισεκατομμύριο in the cases news uses ("2,5 εκατομμύρια", "ύψους 2,5 δισεκατομμυρίων") and
  // their abbreviations εκατ., δισ., τρισ. (also written δις, τρις); percent is "τοις εκατό" and
  // the percentage point "ποσοστιαίες μονάδες": after a number their first words start nothing else.
  scaleWords: ['εκατομμύριο', 'εκατομμύρια', 'εκατομμυρίου', 'εκατομμυρίων', 'δισεκατομμύριο', 'δισεκατομμύρια', 'δισεκατομμυρίου', 'δισεκατομμυρίων', 'τρισεκατομμύριο', 'τρισεκατομμύρια', 'τρισεκατομμυρίου', 'τρισεκατομμυρίων', 'εκατ', 'δισ', 'δις', 'τρισ', 'τρις', 'τοις', 'ποσοστιαίες'],
  // Labels of kathimerini.gr, iefimerida.gr ("Διαβάστε επίσης:"), protothema.gr ("Διαβάστε ακόμη:"),
  // ertnews.gr ("Δείτε επίσης:"). "Διαφήμιση" is left out: it is not in the whole-line-only set of
  // data/artifacts.ts, so a "Διαφήμιση: …" headline would count.
  stubPrefixes: ['διαβάστε επίσης:', 'διαβάστε επίσης', 'διαβάστε ακόμη:', 'δείτε επίσης:'],
  repetition: { pairs: [], runs: ['ναι', 'όχι', 'χα', 'πολύ', 'σιγά'], conjunctions: ['και', 'ή'], coordination: ['ξανά', 'περισσότερο'] },
  names: {
    // Greek: masculine/feminine name endings by case (Τσίπρας / Τσίπρα, Μητσοτάκης / Μητσοτάκη).
    caseEndings: ['ος', 'ου', 'ον', 'ο', 'ε', 'ης', 'η', 'ας', 'α', 'ες', 'ων', 'ους', 'οι', 'ις', 'ι'],
  },
  inflection: { withNameEndings: true, endings: [], strip: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['με επιφύλαξη παντός δικαιώματος'] },
  cases: [
    { rule: 'capitalization', flag: ['Ο υπουργός έφτασε στην Αθήνα. την επόμενη μέρα συναντήθηκε με δημοσιογράφους.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Ο προϋπολογισμός ανέρχεται σε 2,5 δισ. ευρώ.', 'Σε πολλές χώρες, π.χ. στη Γαλλία, ο νόμος ισχύει ήδη.', 'Η επένδυση φτάνει τα 300 εκατ. ευρώ, δηλ. το διπλάσιο του περσινού ποσού.'], why: 'δισ. π.χ. εκατ. δηλ. are abbreviations: the lower-case word after them goes on the sentence' },
    { rule: 'quotes', flag: ['Ο πρωθυπουργός χαρακτήρισε τις συνομιλίες „εποικοδομητικές“.', '»Δεν θα υποχωρήσουμε«, είπε ο υπουργός.'], why: 'German „…“ instead of «…»; guillemets the wrong way round' },
    { rule: 'quotes', quiet: ['Η εφημερίδα «Καθημερινή» δημοσίευσε συνέντευξη του πρωθυπουργού.', 'Ο υπουργός είπε: «Διαβάσαμε το άρθρο “Η νέα οικονομία” και συμφωνούμε».', '«Είμαστε έτοιμοι για διάλογο», δήλωσε ο υπουργός.'], why: '«…» outside, “…” inside (Τριανταφυλλίδης)' },
    { rule: 'typography', flag: ['Ο προϋπολογισμός του έργου ανέρχεται σε 2.5 δισ. ευρώ.', 'Ο πληθωρισμός επιταχύνθηκε στο 3.4 τοις εκατό.', 'Η ανεργία μειώθηκε κατά 0.5 ποσοστιαίες μονάδες.'], why: 'an English decimal point before δισ. / τοις εκατό / ποσοστιαίες μονάδες' },
    { rule: 'typography', quiet: ['Ο προϋπολογισμός του έργου ανέρχεται σε 2,5 δισ. ευρώ.', 'Ο πληθωρισμός επιταχύνθηκε στο 3,4 τοις εκατό, σύμφωνα με την ΕΛΣΤΑΤ.', 'Στη συγκέντρωση συμμετείχαν 12.000 άτομα.'], why: 'the decimal comma before a scale word; the thousands point' },
    { rule: 'repetition', flag: ['Η κυβέρνηση ενέκρινε ενέκρινε το νομοσχέδιο.', 'Η απόφαση ήταν σημαντική και σημαντική για όλους.'], why: 'a doubled verb; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Ξανά και ξανά η κυβέρνηση αναβάλλει την απόφαση.', 'Σιγά σιγά η κατάσταση βελτιώνεται.', 'Ήταν πολύ πολύ κουρασμένος μετά το ταξίδι.'], why: '“ξανά και ξανά”; the reduplicated σιγά σιγά and πολύ πολύ' },
    { rule: 'artifact', flag: ['Η κυβέρνηση ενέκρινε το νομοσχέδιο.\n\nΔιαβάστε επίσης: Τι αλλάζει με τον νέο νόμο\n\nΟ νόμος τίθεται σε ισχύ τον Ιανουάριο.', 'Η κυβέρνηση ενέκρινε το νομοσχέδιο.\n\nΔιαβάστε ακόμη: Πώς άλλαξαν οι τιμές το 2024\n\nΟ νόμος τίθεται σε ισχύ τον Ιανουάριο.'], why: 'a “Διαβάστε επίσης:” / “Διαβάστε ακόμη:” line left by the scraper' },
    { rule: 'artifact', quiet: ['Διαβάστε επίσης προσεκτικά τους όρους της σύμβασης, συμβουλεύει ο δικηγόρος.', 'Δείτε επίσης πώς άλλαξαν οι τιμές σε άλλες πόλεις.'], why: 'the label words in ordinary sentences' },
    { rule: '*', quiet: ['Η κυβέρνηση ενέκρινε το σχέδιο προϋπολογισμού για το 2025, ανακοίνωσε στις 12 Σεπτεμβρίου ο υπουργός Οικονομικών Κωστής Χατζηδάκης. Σύμφωνα με τον ίδιο, το πρωτογενές πλεόνασμα θα φτάσει το 2,5% του ΑΕΠ. Το κείμενο θα κατατεθεί στη Βουλή έως το τέλος του μήνα. Η ψηφοφορία αναμένεται τον Δεκέμβριο.\n\n«Στηριζόμαστε σε ένα συντηρητικό σενάριο», δήλωσε ο Χατζηδάκης σε συνέντευξη Τύπου στην Αθήνα. Όπως σημείωσε, οι δαπάνες για την άμυνα θα αυξηθούν κατά 1,2 δισ. ευρώ. Οι αναλυτές θεωρούν την πρόβλεψη ρεαλιστική. Η τελική απόφαση θα ληφθεί μετά τη συζήτηση στην Ολομέλεια.'], why: 'native news paragraphs' },
  ],
} satisfies LanguagePack;
