/**
 * Workspace edits to `.calque.json` (stored suppressions, glossary names, rules switched off): computed with
 * jsonc-parser's `modify`, so comments and formatting of an existing file survive. When the
 * file does not exist, the edit creates it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { modify, parseTree, findNodeAtLocation, type Edit } from 'jsonc-parser';
import { pathToFileURL } from 'node:url';
import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } } as const;

export interface CalqueJsonTarget {
  /** Absolute path of the .calque.json to edit or create. */
  path: string;
  /** Its current text when open in the editor (takes precedence over the file on disk). */
  openText?: string;
  openVersion?: number;
}

type Change = (text: string) => Edit[];

function currentText(t: CalqueJsonTarget): string | undefined {
  if (t.openText !== undefined) return t.openText;
  if (!existsSync(t.path)) return undefined;
  try {
    return readFileSync(t.path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A change to `.calque.json`: a workspace edit, or — when the file does not exist and the client
 * cannot create files through edits (Neovim 0.7) — the file to create, which the server writes
 * itself when the client runs the action's command (CREATE_CONFIG_COMMAND).
 */
export type ConfigEdit = { edit: WorkspaceEdit; create?: undefined } | { create: { path: string; content: string }; edit?: undefined };

/** The server command that creates a missing .calque.json with the given content. */
export const CREATE_CONFIG_COMMAND = 'calque.createConfig';

function editFor(t: CalqueJsonTarget, change: Change, fresh: object, canCreate: boolean): ConfigEdit | undefined {
  const uri = pathToFileURL(t.path).toString();
  const text = currentText(t);
  if (text === undefined || text.trim() === '') {
    const content = JSON.stringify(fresh, null, 2) + '\n';
    if (text === undefined) {
      if (!canCreate) return { create: { path: t.path, content } };
      return {
        edit: {
          documentChanges: [
            { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
          ],
        },
      };
    }
    const doc = TextDocument.create(uri, 'json', 0, text);
    return { edit: { changes: { [uri]: [{ range: { start: doc.positionAt(0), end: doc.positionAt(text.length) }, newText: content }] } } };
  }
  let edits: Edit[];
  try {
    edits = change(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (edits.length === 0) return undefined;
  const doc = TextDocument.create(uri, 'json', 0, text);
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content }));
  return { edit: { changes: { [uri]: lsp } } };
}

/** Appends { rule, text } to `suppressions` (unless already there). */
export function addSuppressionEdit(t: CalqueJsonTarget, rule: string, sentence: string, canCreate: boolean): ConfigEdit | undefined {
  const entry = { rule, text: sentence };
  return editFor(
    t,
    (text) => {
      const root = parseTree(text);
      const list = root ? findNodeAtLocation(root, ['suppressions']) : undefined;
      if (list && list.type === 'array') {
        for (const item of list.children ?? []) {
          const r = findNodeAtLocation(item, ['rule'])?.value;
          const s = findNodeAtLocation(item, ['text'])?.value;
          if (r === rule && s === sentence) return [];
        }
        return modify(text, ['suppressions', list.children?.length ?? 0], entry, { ...FORMAT, isArrayInsertion: true });
      }
      return modify(text, ['suppressions'], [entry], FORMAT);
    },
    { suppressions: [entry] },
    canCreate,
  );
}

/**
 * Adds `preferred` (with its variants) to the glossary `names`. The object form
 * { "Preferred": ["Variant"] } is used unless the file already lists names as an array.
 */
export function addNameEdit(t: CalqueJsonTarget, preferred: string, variants: string[], canCreate: boolean): ConfigEdit | undefined {
  return editFor(
    t,
    (text) => {
      const root = parseTree(text);
      const names = root ? findNodeAtLocation(root, ['names']) : undefined;
      if (names && names.type === 'array') {
        if ((names.children ?? []).some((c) => c.value === preferred)) return [];
        return modify(text, ['names', names.children?.length ?? 0], preferred, { ...FORMAT, isArrayInsertion: true });
      }
      if (names && names.type === 'object') {
        const existing = findNodeAtLocation(names, [preferred]);
        if (existing && existing.type === 'array') {
          const have = new Set((existing.children ?? []).map((c) => c.value));
          const add = variants.filter((v) => !have.has(v));
          if (add.length === 0) return [];
          return modify(text, ['names', preferred], [...(existing.children ?? []).map((c) => c.value), ...add], FORMAT);
        }
      }
      if (names && names.type !== 'object') return [];
      return modify(text, ['names', preferred], variants, FORMAT);
    },
    { names: { [preferred]: variants } },
    canCreate,
  );
}

/**
 * Marks `term` as do-not-translate in the glossary: `"glossary": { "<term>": { "dnt": true } }`.
 * Nothing when the glossary names files (a string or a list: the entry belongs in those files)
 * or already has the term.
 */
export function addDoNotTranslateEdit(t: CalqueJsonTarget, term: string, canCreate: boolean): ConfigEdit | undefined {
  return editFor(
    t,
    (text) => {
      const root = parseTree(text);
      const g = root ? findNodeAtLocation(root, ['glossary']) : undefined;
      if (g && g.type !== 'object') return [];
      if (g && findNodeAtLocation(g, [term])) return [];
      return modify(text, ['glossary', term], { dnt: true }, FORMAT);
    },
    { glossary: { [term]: { dnt: true } } },
    canCreate,
  );
}

/** Switches `rule` off in `rules` ("Disable rule in this workspace"); nothing when it is off already or `rules` is not an object. */
export function disableRuleEdit(t: CalqueJsonTarget, rule: string, canCreate: boolean): ConfigEdit | undefined {
  return editFor(
    t,
    (text) => {
      const root = parseTree(text);
      const rules = root ? findNodeAtLocation(root, ['rules']) : undefined;
      if (rules && rules.type !== 'object') return [];
      const cur = rules ? findNodeAtLocation(rules, [rule]) : undefined;
      if (cur && (cur.value === 'off' || cur.value === false)) return [];
      return modify(text, ['rules', rule], 'off', FORMAT);
    },
    { rules: { [rule]: 'off' } },
    canCreate,
  );
}
