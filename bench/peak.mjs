/**
 * Preload for benchmark child processes: `node --import ./bench/peak.mjs <entry> args…` runs
 * <entry> unchanged and, when the process exits, appends one JSON line
 * {"maxRssKB": process.resourceUsage().maxRSS, "cpuMs": user+system} to the file named by
 * the PEAK_OUT environment variable. maxRSS is the peak resident set size of the process
 * (kilobytes), what `/usr/bin/time -v` reports as "Maximum resident set size".
 */
import { appendFileSync } from 'node:fs';

const out = process.env.PEAK_OUT;
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    try {
      appendFileSync(out, JSON.stringify({ maxRssKB: r.maxRSS, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000 }) + '\n');
    } catch {
      /* best effort */
    }
  });
}
