/** Everything Calque knows of the language he: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'he',
  // Hebrew: reduplicated adverbs "little by little" (אַט אַט, לְאַט לְאַט, מְעַט מְעַט: Even-Shoshan dictionary;
  // מעט מעט already Exodus 23:30).
  repetition: { pairs: ['אט', 'לאט', 'מעט'], runs: [], conjunctions: [], coordination: [] },
  cases: [
    {
      rule: 'repetition',
      flag: ['ראש הממשלה נפגש עם עם נשיא צרפת בפריז.', 'השר אמר כי כי הממשלה תפעל בנחישות.'],
      why: 'a doubled preposition and a doubled conjunction',
    },
    {
      rule: 'repetition',
      quiet: ['התושבים חוזרים אט אט לבתיהם.', 'המחירים בסופרמרקטים עולים לאט לאט.', 'מעט מעט התרגלו העולים לחיים בארץ.'],
      why: 'the reduplicated adverbs אט אט, לאט לאט, מעט מעט ("little by little")',
    },
    {
      rule: '*',
      quiet: [
        'בנק ישראל הודיע ביום שני, 1 בינואר 2024, על הפחתת הריבית ב-0.25 נקודת האחוז, לרמה של 4.5%. נגיד הבנק, פרופ\' אמיר ירון, אמר כי "הכלכלה מתמודדת עם אי-ודאות גבוהה בשל המלחמה". לדבריו, הבנק ימשיך לעקוב מקרוב אחר התפתחות האינפלציה.\n\n' +
          'במקביל פרסמה הלשכה המרכזית לסטטיסטיקה נתונים שלפיהם שיעור האבטלה עמד בדצמבר על 3.4%. לפי הדו"ח, מספר המשרות הפנויות ירד בהדרגה. כלכלנים מעריכים כי השוק יחזור אט אט לשגרה במחצית השנייה של השנה.',
      ],
      why: 'native news paragraphs: "…", gershayim (דו"ח) and geresh (פרופ\'), decimals, a date and a name',
    },
  ],
} satisfies LanguagePack;
