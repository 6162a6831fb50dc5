/** `--format github`: GitHub Actions workflow commands (annotations on the PR diff). */
import type { FileResult, FormatOptions } from '../result';
import { positionAt } from '../result';

/** Escaping per the workflow-command spec: data escapes % \r \n; properties also : and ,. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[], _opts: FormatOptions): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const s = positionAt(r, f.start);
      const e = positionAt(r, f.end);
      const cmd = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${escapeProperty(r.path)}`, `line=${s.line + 1}`, `col=${s.character + 1}`];
      if (e.line === s.line) props.push(`endColumn=${e.character + 1}`);
      else props.push(`endLine=${e.line + 1}`);
      props.push(`title=${escapeProperty(`calque(${f.ruleId})`)}`);
      lines.push(`::${cmd} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
