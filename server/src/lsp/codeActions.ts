/**
 * Code actions, built from each diagnostic's `data` alone (no re-check): one quick fix per fix
 * (preferred when it is the only one), "Ignore in this line" (an inline directive), "Ignore
 * everywhere" (a stored suppression in .calque.json), for names the document-wide rename
 * and "add to the glossary", and for source words left in a translation "mark as
 * do-not-translate" (a glossary entry). An action is offered only while the text it was computed for is
 * still in the document, so a stale diagnostic can never produce a wrong edit.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DataEdit, DiagnosticData } from './protocol';
import { addDoNotTranslateEdit, addNameEdit, addSuppressionEdit, CREATE_CONFIG_COMMAND, disableRuleEdit, type CalqueJsonTarget, type ConfigEdit } from './calqueJson';

export const FIX_ALL_KIND = 'source.fixAll.calque';

export function isCalqueData(d: unknown): d is DiagnosticData {
  return !!d && typeof d === 'object' && (d as DiagnosticData).v === 1 && typeof (d as DiagnosticData).rule === 'string' && Array.isArray((d as DiagnosticData).fixes);
}

export interface ActionContext {
  doc: TextDocument;
  /** Whether the client accepts `documentChanges` (versioned edits, file creation). */
  documentChanges: boolean;
  resourceCreate: boolean;
  /** Where "Ignore everywhere" / "Add to glossary" write. */
  calqueJson: CalqueJsonTarget;
}

function slice(doc: TextDocument, r: Range): string {
  return doc.getText(r);
}

function validRange(doc: TextDocument, r: Range): boolean {
  return (
    r.start.line >= 0 &&
    r.start.character >= 0 &&
    r.end.line < doc.lineCount &&
    (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character)) &&
    doc.positionAt(doc.offsetAt(r.start)).character === r.start.character &&
    doc.positionAt(doc.offsetAt(r.end)).character === r.end.character
  );
}

/** The edits, if every one still applies to the text it was computed for. */
function currentEdits(doc: TextDocument, edits: DataEdit[]): TextEdit[] | undefined {
  for (const e of edits) if (!validRange(doc, e.range) || slice(doc, e.range) !== e.old) return undefined;
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

export function documentEdit(ctx: ActionContext, edits: TextEdit[]): WorkspaceEdit {
  const uri = ctx.doc.uri;
  return ctx.documentChanges ? { documentChanges: [{ textDocument: { uri, version: ctx.doc.version }, edits }] } : { changes: { [uri]: edits } };
}

/** "Ignore in this line": the directive on its own line above the finding's line, same indentation. */
export function ignoreLineEdit(doc: TextDocument, line: number, rule: string, format: 'plaintext' | 'markdown'): TextEdit {
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = lineText.length - lineText.trimStart().length;
  const ws = lineText.slice(0, Math.min(indent, lineText.replace(/[\r\n]+$/, '').length));
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const directive = format === 'markdown' ? `<!-- calque-disable-next-line ${rule} -->` : `calque-disable-next-line ${rule}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: ws + directive + eol };
}

/** "Ignore in this document": a `calque-disable rule` directive at the top (after Markdown front matter). */
export function ignoreDocumentEdit(doc: TextDocument, rule: string, format: 'plaintext' | 'markdown'): TextEdit {
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let line = 0;
  const first = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).trim();
  if (format === 'markdown' && (first === '---' || first === '+++')) {
    for (let l = 1; l < doc.lineCount; l++) {
      if (doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).trim() === first) {
        line = l + 1;
        break;
      }
    }
  }
  const directive = format === 'markdown' ? `<!-- calque-disable ${rule} -->` : `calque-disable ${rule}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: directive + eol + (format === 'markdown' ? eol : '') };
}

/** A quick fix that changes .calque.json: its edit, or the server command that creates the file. */
function configAction(title: string, d: Diagnostic, change: ConfigEdit | undefined): CodeAction | undefined {
  if (!change) return undefined;
  if (change.edit) return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change.edit };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: CREATE_CONFIG_COMMAND, arguments: [change.create.path, change.create.content] } };
}

export function quickFixes(ctx: ActionContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const doc = ctx.doc;
  for (const d of diagnostics) {
    if (d.source !== 'calque' || !isCalqueData(d.data)) continue;
    const data = d.data;
    if (!validRange(doc, d.range) || slice(doc, d.range) !== data.text) continue; // stale: wait for the re-check
    for (const fix of data.fixes) {
      const edits = currentEdits(doc, fix.edits);
      if (!edits || edits.length === 0) continue;
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: data.fixes.length === 1, edit: documentEdit(ctx, edits) });
    }
    if (data.names) {
      const { preferred, variants, renames } = data.names;
      const edits = renames ? currentEdits(doc, renames) : undefined;
      if (edits && edits.length > 0 && !data.fixes.some((f) => f.edits.length === edits.length && f.edits.every((e) => e.newText === preferred))) {
        actions.push({ title: `Use “${preferred}” everywhere in this document (${edits.length} ${edits.length === 1 ? 'change' : 'changes'})`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: documentEdit(ctx, edits) });
      }
      const a = configAction(`Add “${preferred}” to the glossary as the preferred spelling (.calque.json)`, d, addNameEdit(ctx.calqueJson, preferred, variants, ctx.resourceCreate));
      if (a) actions.push(a);
    }
    // Source words left in a translation on purpose (a term, a product name): the glossary says so.
    const kind = (data.extra as { kind?: unknown } | undefined)?.kind;
    if (data.rule === 'untranslated' && (kind === 'source-words' || kind === 'copied-words') && data.text.length <= 60) {
      const a = configAction(`Mark “${data.text}” as do-not-translate (glossary in .calque.json)`, d, addDoNotTranslateEdit(ctx.calqueJson, data.text, ctx.resourceCreate));
      if (a) actions.push(a);
    }
    actions.push({ title: `Ignore “${data.rule}” in this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: documentEdit(ctx, [ignoreLineEdit(doc, d.range.start.line, data.rule, data.format)]) });
    actions.push({ title: `Ignore “${data.rule}” in this document`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: documentEdit(ctx, [ignoreDocumentEdit(doc, data.rule, data.format)]) });
    if (data.sentence.trim() !== '') {
      const a = configAction(`Ignore “${data.rule}” in this sentence everywhere (store in .calque.json)`, d, addSuppressionEdit(ctx.calqueJson, data.rule, data.sentence, ctx.resourceCreate));
      if (a) actions.push(a);
    }
    const off = configAction(`Disable “${data.rule}” in this workspace (.calque.json)`, d, disableRuleEdit(ctx.calqueJson, data.rule, ctx.resourceCreate));
    if (off) actions.push(off);
  }
  return actions;
}

/** Whether a request with `only` wants the fix-all source action. */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  if (!only) return false;
  return only.some((k) => k === CodeActionKind.Source || k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND);
}

export function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  if (!only) return true;
  return only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty);
}
