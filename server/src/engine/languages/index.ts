/**
 * The language registry: every pack (one folder per language, see types.ts), in one order —
 * the languages of detection first, in their historical order (ties in detection are broken by
 * it), then the rest alphabetically. Adding a language = adding its folder and one line here.
 */
import type { LanguagePack } from './types';
import en from './en/pack';
import de from './de/pack';
import fr from './fr/pack';
import es from './es/pack';
import it from './it/pack';
import pt from './pt/pack';
import gl from './gl/pack';
import ca from './ca/pack';
import nl from './nl/pack';
import af from './af/pack';
import pl from './pl/pack';
import cs from './cs/pack';
import sk from './sk/pack';
import sl from './sl/pack';
import hr from './hr/pack';
import bs from './bs/pack';
import sr from './sr/pack';
import lt from './lt/pack';
import lv from './lv/pack';
import et from './et/pack';
import fi from './fi/pack';
import sv from './sv/pack';
import da from './da/pack';
import nb from './nb/pack';
import nn from './nn/pack';
import hu from './hu/pack';
import ro from './ro/pack';
import tr from './tr/pack';
import sq from './sq/pack';
import id from './id/pack';
import ms from './ms/pack';
import pack_is from './is/pack';
import ru from './ru/pack';
import uk from './uk/pack';
import be from './be/pack';
import bg from './bg/pack';
import mk from './mk/pack';
import kk from './kk/pack';
import ar from './ar/pack';
import fa from './fa/pack';
import ur from './ur/pack';
import hy from './hy/pack';
import hi from './hi/pack';
import mr from './mr/pack';
import ne from './ne/pack';
import az from './az/pack';
import bn from './bn/pack';
import bo from './bo/pack';
import br from './br/pack';
import dz from './dz/pack';
import el from './el/pack';
import eu from './eu/pack';
import fo from './fo/pack';
import fy from './fy/pack';
import gsw from './gsw/pack';
import gu from './gu/pack';
import he from './he/pack';
import ja from './ja/pack';
import km from './km/pack';
import ko from './ko/pack';
import lb from './lb/pack';
import lo from './lo/pack';
import my from './my/pack';
import no from './no/pack';
import pa from './pa/pack';
import sw from './sw/pack';
import ta from './ta/pack';
import te from './te/pack';
import th from './th/pack';
import tl from './tl/pack';
import vi from './vi/pack';
import zh from './zh/pack';

/** The packs as written, one per folder. */
export const WRITTEN_PACKS: readonly LanguagePack[] = [en, de, fr, es, it, pt, gl, ca, nl, af, pl, cs, sk, sl, hr, bs, sr, lt, lv, et, fi, sv, da, nb, nn, hu, ro, tr, sq, id, ms, pack_is, ru, uk, be, bg, mk, kk, ar, fa, ur, hi, mr, ne, az, bn, bo, br, dz, el, eu, fo, fy, gsw, gu, he, ja, km, ko, lb, lo, my, no, pa, sw, ta, te, th, tl, vi, zh, hy];

const WRITTEN_BY_TAG: ReadonlyMap<string, LanguagePack> = new Map(WRITTEN_PACKS.map((p) => [p.tag, p]));

/**
 * A pack that `inherits` another (Bokmål and Nynorsk from Norwegian) takes every field it does not
 * set itself from it — except its tag, its detection and its cases.
 */
function resolve(p: LanguagePack): LanguagePack {
  const base = p.inherits ? WRITTEN_BY_TAG.get(p.inherits) : undefined;
  if (!base) return p;
  const { tag: _t, detection: _d, cases: _c, ...inherited } = base;
  return { ...inherited, ...p, names: base.names || p.names ? { ...base.names, ...p.names } : undefined };
}

/** The packs as the rules read them (inheritance resolved), in registry order. */
export const PACKS: readonly LanguagePack[] = WRITTEN_PACKS.map(resolve);

const BY_TAG: ReadonlyMap<string, LanguagePack> = new Map(PACKS.map((p) => [p.tag, p]));

/** The pack of a primary language subtag ("de"), if Calque has one. */
export function pack(tag: string): LanguagePack | undefined {
  return BY_TAG.get(tag);
}

type ValueField = { [K in keyof LanguagePack]-?: NonNullable<LanguagePack[K]> extends true ? never : K }[keyof LanguagePack];
type TraitField = { [K in keyof LanguagePack]-?: NonNullable<LanguagePack[K]> extends true ? K : never }[keyof LanguagePack];

/** One field of every pack that has it, by language: the view a rule reads ("abbreviations"). */
export function byLanguage<K extends ValueField>(field: K): Record<string, NonNullable<LanguagePack[K]>> {
  const out: Record<string, NonNullable<LanguagePack[K]>> = {};
  for (const p of PACKS) if (p[field] !== undefined) out[p.tag] = p[field] as NonNullable<LanguagePack[K]>;
  return out;
}

type Group = 'names' | 'numbers' | 'length';
type GroupData<G extends Group> = NonNullable<LanguagePack[G]>;

/** One field of a group of every pack that has it, by language ("names", "caseEndings"). */
export function groupByLanguage<G extends Group, K extends keyof GroupData<G>>(group: G, field: K): Record<string, NonNullable<GroupData<G>[K]>> {
  const out: Record<string, NonNullable<GroupData<G>[K]>> = {};
  for (const p of PACKS) {
    const v = (p[group] as GroupData<G> | undefined)?.[field];
    if (v !== undefined) out[p.tag] = v as NonNullable<GroupData<G>[K]>;
  }
  return out;
}

/** The languages whose pack sets a trait ("ordinalDot"). */
export function languagesWith(field: TraitField): Set<string> {
  const out = new Set<string>();
  for (const p of PACKS) if (p[field] === true) out.add(p.tag);
  return out;
}

/** The languages whose name data sets a trait ("agglutinative"). */
export function languagesWithNames(field: 'agglutinative' | 'cIsTs'): Set<string> {
  const out = new Set<string>();
  for (const p of PACKS) if (p.names?.[field] === true) out.add(p.tag);
  return out;
}
