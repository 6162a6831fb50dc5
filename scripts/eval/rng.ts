/**
 * The seeded generator of the planted-defect evaluations (planted, stray, loops, doubled; eval/plant.ts draws the last three's sentences): a linear
 * congruential generator (Numerical Recipes' constants). Kept as it is: the recall figures in
 * the docs and closing notes were measured with these streams.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
