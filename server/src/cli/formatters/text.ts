/** eslint-style text output: path, then `line:col  severity  message  rule` per finding, then a summary. */
import type { FileResult, FormatOptions } from '../result';
import { positionAt, relatedOf } from '../result';

const SGR = { reset: '\u001b[0m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', bold: '\u001b[1m', underline: '\u001b[4m' };

export function formatText(results: FileResult[], opts: FormatOptions): string {
  const c = (code: string, s: string) => (opts.color ? code + s + SGR.reset : s);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const r of results) {
    const shown = opts.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
    for (const f of r.findings) counts[f.severity]++;
    fixable += r.findings.filter((f) => f.fixes.some((x) => x.safe)).length;
    if (shown.length === 0) continue;
    out.push(c(SGR.underline, r.path) + c(SGR.dim, `  (${r.language}${r.sourceLanguage ? ` ← ${r.sourceLanguage}` : ''})`));
    const rows = shown.map((f) => {
      const p = positionAt(r, f.start);
      const sev = f.severity === 'error' ? c(SGR.red, 'error') : f.severity === 'warning' ? c(SGR.yellow, 'warning') : c(SGR.blue, f.severity);
      const rel = relatedOf(r, f).map((x) => `${x.path === r.path ? '' : x.path + ':'}${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);
      return { loc: `${p.line + 1}:${p.character + 1}`, sev, sevLen: f.severity.length, msg: f.message.replace(/\s*\n\s*/g, ' '), rule: f.ruleId, rel };
    });
    const locW = Math.max(...rows.map((r) => r.loc.length));
    const sevW = Math.max(...rows.map((r) => r.sevLen));
    for (const row of rows) {
      out.push(`  ${c(SGR.dim, row.loc.padEnd(locW))}  ${row.sev}${' '.repeat(sevW - row.sevLen)}  ${row.msg}  ${c(SGR.dim, row.rule)}`);
      for (const x of row.rel) out.push(c(SGR.dim, `  ${' '.repeat(locW)}  ↳ ${x}`));
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total > 0) {
    const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
    if (counts.info + counts.hint) parts.push(`${counts.info + counts.hint} info`);
    out.push(c(SGR.bold, `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${results.filter((r) => r.findings.length).length} of ${results.length} file${results.length === 1 ? '' : 's'}`));
    if (fixable) out.push(c(SGR.dim, `  ${fixable} of them can be fixed with --fix`));
  } else if (!opts.quiet) {
    out.push(`✔ no problems in ${results.length} file${results.length === 1 ? '' : 's'}`);
  }
  return out.join('\n') + '\n';
}
