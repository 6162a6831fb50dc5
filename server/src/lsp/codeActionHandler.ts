/**
 * The textDocument/codeAction handler: quick fixes for the diagnostics the client sends (matched
 * back to the last check's own diagnostics, see codeActions.ts for the actions themselves) and
 * "Fix all" (the safe fixes of a check of the current version).
 */
import { dirname, join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { applySafeFixes } from '../engine/fixes';
import { CONFIG_FILE_NAME } from '../node/config';
import type { ServerContext } from './context';
import type { ConfigResolver } from './configResolver';
import type { Scheduler } from './scheduler';
import { quickFixes, wantsFixAll, wantsQuickFixes, documentEdit, FIX_ALL_KIND, type ActionContext } from './codeActions';
import { uriToPath } from './util';

export function registerCodeActions(ctx: ServerContext, config: ConfigResolver, scheduler: Scheduler): void {
  const { connection, documents, states } = ctx;
  connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
    ctx.assertRunning();
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return [];
    const only = params.context?.only;
    const resolved = await config.configFor(doc.uri);
    const actx: ActionContext = {
      doc,
      documentChanges: ctx.docChanges,
      resourceCreate: ctx.resourceCreate,
      calqueJson: { path: resolved.configPath ?? resolved.defaultConfigPath ?? join(dirname(uriToPath(doc.uri) ?? process.cwd()), CONFIG_FILE_NAME) },
    };
    const actions: CodeAction[] = [];
    if (wantsQuickFixes(only)) {
      // The last check's own diagnostic is used when the client's copy matches it: clients may drop
      // `data` or send ranges in other units (Neovim 0.7 sends byte columns back).
      const stored = states.get(doc.uri)?.outcome?.diagnostics ?? [];
      const sent = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
      const withData = sent.map((d) => {
        if (!d || typeof d !== 'object' || d.source !== 'calque' || !d.range?.start) return d;
        const same = stored.filter((x) => x.code === d.code && x.message === d.message && x.range.start.line === d.range.start.line);
        if (same.length === 0) return d;
        const exact = same.find((x) => sameRange(x.range, d.range));
        return exact ?? same.reduce((a, b) => (Math.abs(b.range.start.character - d.range.start.character) < Math.abs(a.range.start.character - d.range.start.character) ? b : a));
      });
      actions.push(...quickFixes(actx, withData));
    }
    if (wantsFixAll(only)) {
      const outcome = await scheduler.fresh(doc, token, 0);
      const current = documents.get(doc.uri);
      if (outcome && current && outcome.version === current.version) {
        const text = current.getText();
        const applied = applySafeFixes(text, outcome.findings);
        if (applied.edits.length > 0) {
          actions.push({
            title: `Fix all Calque problems (${applied.applied} safe ${applied.applied === 1 ? 'fix' : 'fixes'})`,
            kind: FIX_ALL_KIND,
            edit: documentEdit({ ...actx, doc: current }, applied.edits.map((e) => ({ range: { start: current.positionAt(e.start), end: current.positionAt(e.end) }, newText: e.newText }))),
          });
        }
      }
    }
    return actions;
  });
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return !!b && a.start.line === b.start?.line && a.start.character === b.start?.character && a.end.line === b.end?.line && a.end.character === b.end?.character;
}
