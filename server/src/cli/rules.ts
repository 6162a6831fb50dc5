/** `calque rules`: the registry as a table (or JSON with --format json). */
import { RULES } from '../engine/rules/index';
import { parseArgs } from 'node:util';

export function runRules(args: string[]): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } }, strict: true });
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify(RULES.map((r) => r.meta), null, 2) + '\n');
    return 0;
  }
  const rows = RULES.map((r) => [r.meta.id, r.meta.category, r.meta.defaultSeverity, r.meta.fixable ? 'fixable' : '', r.meta.description]);
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  const head = ['rule', 'category', 'severity', 'fix', 'description'];
  const line = (r: string[]) => r.map((c, i) => (i < 4 ? c.padEnd(w[i]!) : c)).join('  ');
  process.stdout.write([line(head), ...rows.map(line)].join('\n') + '\n');
  return 0;
}
