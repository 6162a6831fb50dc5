/**
 * Hovers from the last check: the findings at the position (after an edit, only those whose text
 * is still where it was) and, in a translation, the aligned source sentence.
 */
import type { Hover } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { alignedAt } from './documentState';

export function registerHover(ctx: ServerContext): void {
  const { connection, documents, states } = ctx;
  connection.onHover(async (params): Promise<Hover | null> => {
    ctx.assertRunning();
    const doc = documents.get(params?.textDocument?.uri);
    const pos = params?.position;
    if (!doc || !pos || typeof pos.line !== 'number' || typeof pos.character !== 'number') return null;
    const outcome = states.get(doc.uri)?.outcome;
    if (!outcome) return null;
    const offset = doc.offsetAt(pos);
    const text = doc.getText();
    const hits = outcome.findings.filter((f, i) => {
      if (offset < f.start || offset > f.end) return false;
      const d = outcome.diagnostics[i];
      // After an edit, only hover findings whose text is still where it was.
      return outcome.version === doc.version || (d && (d.data as { text?: string })?.text === text.slice(f.start, f.end));
    });
    const aligned = alignedAt(outcome, offset, doc.version);
    if (hits.length === 0 && !aligned) return null;
    if (hits.length === 0 && aligned) {
      const at = aligned.target;
      return { contents: { kind: 'markdown', value: `**Source:** ${escapeMarkdown(aligned.text)}` }, ...(at ? { range: { start: doc.positionAt(at[0]), end: doc.positionAt(at[1]) } } : {}) };
    }
    // A client that shows the diagnostic in the hover (VS Code) gets only what the message lacks.
    const parts = hits.map((f) => {
      const rule = `\`${f.ruleId}\` ([docs](${outcome.diagnostics[outcome.findings.indexOf(f)]?.codeDescription?.href ?? ''}))`;
      const head = ctx.diagnosticsInHover ? rule : `**${f.message}** — ${rule}`;
      return `${head}\n\n${f.explanation ?? ''}`.trim();
    });
    const first = hits[0]!;
    if (aligned) parts.push(`**Source:** ${escapeMarkdown(aligned.text)}`);
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) } };
  });
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]<>#|]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}
