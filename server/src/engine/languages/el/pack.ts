/** Everything Calque knows of the language el: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'el',
  quotes: {
    name: 'Greek',
    primary: '«»',
    secondary: '“”',
    source: 'Μ. Τριανταφυλλίδης, Νεοελληνική Γραμματική, “Εισαγωγικά” («…», “…” inside); [WP]',
  },
  abbreviations: ['π', 'χ', 'κ', 'λπ', 'κλπ', 'δηλ', 'εκ', 'εκατ', 'δισ', 'χιλ', 'σελ', 'αρ', 'κ.ά', 'μ', 'δρ', 'καθ', 'οδ', 'λεωφ', 'περ', 'ελ', 'βλ', 'κεφ'],
  repetition: { pairs: [], runs: ['ναι', 'όχι', 'χα', 'πολύ', 'σιγά'], conjunctions: ['και', 'ή'], coordination: ['ξανά', 'περισσότερο'] },
  names: {
    // Greek: masculine/feminine name endings by case (Τσίπρας / Τσίπρα, Μητσοτάκης / Μητσοτάκη).
    caseEndings: ['ος', 'ου', 'ον', 'ο', 'ε', 'ης', 'η', 'ας', 'α', 'ες', 'ων', 'ους', 'οι', 'ις', 'ι'],
  },
} satisfies LanguagePack;
