/**
 * Calque's own requests (protocol.ts): the source sentence aligned with a position of a
 * translation, the latest info of a document, and the check of a file on disk (Check Workspace);
 * and the command that creates a missing .calque.json for clients that cannot create files
 * through workspace edits (a quick fix's command: "Ignore everywhere" in Neovim 0.7).
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute } from 'node:path';
import { ResponseError, LSPErrorCodes } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../node/config';
import { CREATE_CONFIG_COMMAND } from './calqueJson';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readTextFile } from '../node/files';
import type { ServerContext } from './context';
import type { ConfigResolver } from './configResolver';
import { alignedAt } from './documentState';
import { toDiagnostics } from './diagnostics';
import { ALIGNED_SOURCE_REQUEST, CHECK_FILE_REQUEST, DOCUMENT_INFO_REQUEST, type AlignedSourceParams, type AlignedSourceResult, type CheckFileParams, type CheckFileResult, type DocumentInfo } from './protocol';
import { formatOf, truncateForCheck, uriToPath } from './util';

export function registerRequests(ctx: ServerContext, config: ConfigResolver): void {
  const { connection, documents, states } = ctx;

  connection.onRequest(ALIGNED_SOURCE_REQUEST, (params: AlignedSourceParams): AlignedSourceResult | null => {
    ctx.assertRunning();
    const doc = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    const pos = params?.position;
    if (!doc || !pos || typeof pos.line !== 'number' || typeof pos.character !== 'number') return null;
    const outcome = states.get(doc.uri)?.outcome;
    const aligned = outcome ? alignedAt(outcome, doc.offsetAt(pos), doc.version) : undefined;
    if (!aligned?.source || !outcome?.pair) return null;
    const sdoc = TextDocument.create(outcome.pair.uri, 'plaintext', 0, outcome.pair.text);
    return { uri: outcome.pair.uri, range: { start: sdoc.positionAt(aligned.source[0]), end: sdoc.positionAt(aligned.source[1]) }, text: aligned.text };
  });

  connection.onExecuteCommand((params) => {
    ctx.assertRunning();
    if (params.command !== CREATE_CONFIG_COMMAND) throw new ResponseError(-32602, `unknown command ${params.command}`);
    const [path, content] = (params.arguments ?? []) as unknown[];
    // Only a new .calque.json, in an existing folder, with a JSON object: never another file, never overwritten.
    if (typeof path !== 'string' || typeof content !== 'string' || !isAbsolute(path) || basename(path) !== CONFIG_FILE_NAME) throw new ResponseError(-32602, `${CREATE_CONFIG_COMMAND} needs [absolute path of a ${CONFIG_FILE_NAME}, its content]`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ResponseError(-32602, `${CREATE_CONFIG_COMMAND}: the content is not a JSON object`);
    if (!statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory()) throw new ResponseError(-32602, `${CREATE_CONFIG_COMMAND}: ${dirname(path)} is not a folder`);
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (e) {
      // Created in the meantime (by the user or another action): leave it; the next check reads it.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return null;
      throw new ResponseError(-32603, `${path}: ${(e as Error).message}`);
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    config.configurationChanged();
    return null;
  });

  connection.onRequest(DOCUMENT_INFO_REQUEST, (params: { uri?: string }): DocumentInfo | null => {
    ctx.assertRunning();
    const uri = params?.uri;
    if (typeof uri !== 'string') return null;
    return states.get(uri)?.outcome?.info ?? null;
  });

  connection.onRequest(CHECK_FILE_REQUEST, async (params: CheckFileParams, token): Promise<CheckFileResult> => {
    ctx.assertRunning();
    const uri = params?.uri;
    if (typeof uri !== 'string') throw new ResponseError(-32602, 'calque/checkFile needs { uri }');
    const path = uriToPath(uri);
    if (!path) return { uri, diagnostics: [], error: 'not a file: URI' };
    const resolved = await config.configFor(uri);
    config.forget(uri); // not an open document: don't keep it
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (!resolved.settings.enable) return { uri, diagnostics: [] };
    let text: string;
    try {
      text = readTextFile(path, Math.max(resolved.config.maxFileSize * 4, 1)).text;
    } catch (e) {
      return { uri, diagnostics: [], error: (e as Error).message };
    }
    const format = formatOf(uri, '');
    const doc = TextDocument.create(uri, format, 0, text);
    const cut = truncateForCheck(text, resolved.config.maxFileSize);
    try {
      const result = resolved.engine.check({ text: cut.text, format, config: resolved.config, id: uri });
      return { uri, diagnostics: toDiagnostics(doc, cut.text, result.blocks, format, result.findings), language: result.language, truncated: cut.truncated };
    } catch (e) {
      ctx.logError(`checking ${uri}`, e);
      return { uri, diagnostics: [], error: 'internal error (see the Calque output)' };
    }
  });
}
