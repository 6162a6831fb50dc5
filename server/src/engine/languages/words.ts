/** A space-separated word list as an array (packs write long closed classes this way). */
export const w = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
