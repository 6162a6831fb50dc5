// Property-based tests run with a fixed seed so that CI is reproducible: the same inputs on
// every run. FUZZ_SEED picks another seed, FUZZ_RUNS a larger budget (see docs/reliability.md);
// a failing run prints its seed and path, which replay it exactly.
import fc from 'fast-check';

const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261125;
fc.configureGlobal({ seed });
