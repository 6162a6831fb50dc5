/**
 * The check of one open document at its current version: a phrasebook is linted, an XLIFF/PO
 * file is checked as a bitext, any other document is checked (against its source, when it has
 * one) up to maxFileSize. Returns the outcome; publishing it is the caller's business.
 */
import { DiagnosticSeverity, ShowMessageNotification, MessageType, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { lintPhrasebook } from '../engine/phrasebook/index';
import { checkBitext } from '../engine/bilingual/bitext';
import { bitextFormatOf } from '../engine/bilingual/formats/index';
import { BitextError } from '../engine/bilingual/formats/types';
import type { ServerContext } from './context';
import type { ResolvedConfig } from './configResolver';
import type { Outcome } from './documentState';
import { toDiagnostic, toDiagnostics, SOURCE, repositoryUrl } from './diagnostics';
import type { DocumentInfo } from './protocol';
import { sourceOf, withRelated } from './pairs';
import type { WorkspaceIndexer } from './workspaceIndex';
import { formatOf, mb, truncateForCheck, uriToPath } from './util';

const PHRASEBOOK_LANGUAGE = 'calque-phrasebook';

export class DocumentChecker {
  constructor(
    private readonly ctx: ServerContext,
    private readonly indexer: WorkspaceIndexer,
    private readonly folderOf: (uri: string) => string | undefined,
  ) {}

  check(doc: TextDocument, resolved: ResolvedConfig): Outcome {
    const { ctx, indexer } = this;
    const { documents, connection } = ctx;
    const engine = resolved.engine;
    engine.resources.workspace = ctx.engine.resources.workspace;
    const version = doc.version;
    const gen = ctx.generation;
    const base = { uri: doc.uri, version, language: '', languageSource: 'fallback' as const, sourceLanguages: [] as string[], findings: 0, truncated: false };
    const done = (diagnostics: Diagnostic[], findings: Finding[], info: DocumentInfo): Outcome => ({ version, generation: gen, resultId: ctx.nextResultId(), diagnostics, findings, info });
    const isPhrasebook = doc.languageId === PHRASEBOOK_LANGUAGE || doc.uri.toLowerCase().endsWith('.calque');
    if (!resolved.settings.enable) return done([], [], { ...base, kind: 'disabled' });
    if (isPhrasebook) {
      const text = doc.getText();
      const diags: Diagnostic[] = lintPhrasebook(text, uriToPath(doc.uri) ?? doc.uri).map((d) => {
        const line = Math.max(0, d.line - 1);
        return {
          range: { start: { line, character: Math.max(0, d.column - 1) }, end: { line, character: Math.max(d.column, d.endColumn - 1) } },
          severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          code: `phrasebook/${d.code}`,
          codeDescription: { href: `${repositoryUrl()}/blob/main/docs/phrasebooks.md` },
          source: SOURCE,
          message: d.message,
        };
      });
      return done(diags, [], { ...base, kind: 'phrasebook', findings: diags.length });
    }
    const format = formatOf(doc.uri, doc.languageId);
    const full = doc.getText();
    const cut = truncateForCheck(full, resolved.config.maxFileSize);
    if (resolved.config.nameScope === 'workspace') indexer.ensure(this.folderOf(doc.uri));
    const bitext = bitextFormatOf(uriToPath(doc.uri) ?? doc.uri);
    let result;
    let pair: Outcome['pair'];
    let diagnostics: Diagnostic[];
    if (bitext) {
      // XLIFF / PO: both sides in this document; a file that is not well-formed gets one error at its position.
      try {
        result = checkBitext(engine, { text: cut.text, format: bitext, config: resolved.config, id: doc.uri });
      } catch (e) {
        if (!(e instanceof BitextError)) throw e;
        const at = doc.positionAt(e.offset);
        const d: Diagnostic = { range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Error, source: 'calque', code: 'parse-error', message: e.message };
        return done([d], [], { ...base, kind: 'article' });
      }
      diagnostics = withRelated(toDiagnostics(doc, cut.text, result.blocks, 'plaintext', result.findings), result.findings, { target: { uri: doc.uri, doc } });
      if (result.source) pair = { uri: doc.uri, text: cut.text, diagnostics: [], alignment: result.source.alignment };
    } else {
      const source = sourceOf(doc.uri, resolved.config, (u) => documents.get(u)?.getText(), (u) => formatOf(u, documents.get(u)?.languageId ?? ''));
      result = engine.check({ text: cut.text, format, config: resolved.config, id: doc.uri, ...(source ? { source: { text: source.text, format: source.format, id: source.uri } } : {}) });
      const sourceDoc = source ? TextDocument.create(source.uri, source.format, 0, source.text) : undefined;
      const docs = { target: { uri: doc.uri, doc }, ...(sourceDoc ? { source: { uri: source!.uri, doc: sourceDoc } } : {}) };
      diagnostics = withRelated(toDiagnostics(doc, cut.text, result.blocks, format, result.findings), result.findings, docs);
      if (source && sourceDoc && result.source) {
        // The source's findings (a paragraph left untranslated …) belong on the source document.
        const sd = result.source.findings.map((f) => toDiagnostic(sourceDoc, source.text, [], source.format, f));
        pair = { uri: source.uri, text: source.text, diagnostics: withRelated(sd, result.source.findings, docs), alignment: result.source.alignment };
      }
    }
    if (indexer.active) indexer.update(doc.uri, result);
    if (cut.truncated) {
      const at = doc.positionAt(cut.text.length);
      const message = `Calque checked only the first ${mb(cut.text.length)} of this ${mb(cut.bytes)} document (maxFileSize is ${mb(resolved.config.maxFileSize)}); nothing after this point is checked. Raise "maxFileSize" in .calque.json or calque.maxFileSize to check more.`;
      diagnostics.push({ range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Information, source: 'calque', code: 'max-file-size', message });
      const s = ctx.states.ensure(doc.uri);
      if (!s.noticeShown) {
        s.noticeShown = true;
        void connection
          .sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Calque: ${doc.uri.split('/').pop()} is ${mb(cut.bytes)}; only the first ${mb(cut.text.length)} are checked (maxFileSize).` })
          .catch(() => undefined);
      }
    }
    const outcome = done(diagnostics, result.findings, {
      ...base,
      kind: 'article',
      language: result.language,
      languageSource: result.languageSource,
      sourceLanguages: result.source ? [result.source.language] : result.sourceLanguages,
      findings: result.findings.length,
      truncated: cut.truncated,
      ...(pair && pair.uri !== doc.uri ? { sourceUri: pair.uri } : {}),
    });
    if (pair) outcome.pair = pair;
    return outcome;
  }

  /**
   * The outcome recorded when a check threw: this version counts as done (with no findings) so a
   * failing check is not retried in a loop; the next edit or configuration change tries again.
   */
  failed(doc: TextDocument): Outcome {
    const info: DocumentInfo = { uri: doc.uri, version: doc.version, language: '', languageSource: 'fallback', sourceLanguages: [], findings: 0, truncated: false, kind: 'article' };
    return { version: doc.version, generation: this.ctx.generation, resultId: this.ctx.nextResultId(), diagnostics: [], findings: [], info };
  }
}
