/**
 * Publishing diagnostics. A document's diagnostics are its own check's plus those the checks of
 * its translations placed on it (their "contributions": a source paragraph left untranslated …).
 * Push clients get them sent; pull clients are asked to pull again.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import type { Outcome } from './documentState';
import { DOCUMENT_INFO_NOTIFICATION } from './protocol';

export class Publisher {
  /** Diagnostics that checks of translations place on their source documents: source uri -> target uri -> diagnostics. */
  private readonly contributed = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly ctx: ServerContext) {}

  /** A check of `uri` ended: its diagnostics (with what its translations placed on it), its contributions to its source, its info. */
  checked(uri: string, outcome: Outcome): void {
    const { connection, pull } = this.ctx;
    if (!pull) void connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: [...outcome.diagnostics, ...this.contributions(uri)] }).catch(() => undefined);
    this.contribute(uri, outcome);
    void connection.sendNotification(DOCUMENT_INFO_NOTIFICATION, outcome.info).catch(() => undefined);
  }

  /** A check of `uri` threw: no diagnostics for this version. */
  failed(uri: string, version: number): void {
    if (!this.ctx.pull) void this.ctx.connection.sendDiagnostics({ uri, version, diagnostics: [] }).catch(() => undefined);
  }

  /** `uri` was closed: its contributions go, and only those of its open translations stay on it. */
  closed(uri: string): void {
    this.contribute(uri, undefined);
    if (!this.ctx.pull) void this.ctx.connection.sendDiagnostics({ uri, diagnostics: this.contributions(uri) }).catch(() => undefined);
  }

  /** Records what a target's check found in its source, and republishes the source's diagnostics when that changed. */
  contribute(targetUri: string, outcome: Outcome | undefined): void {
    const contributed = this.contributed;
    const touched = new Set<string>();
    for (const [src, byTarget] of contributed) {
      if (byTarget.delete(targetUri)) touched.add(src);
      if (byTarget.size === 0) contributed.delete(src);
    }
    const p = outcome?.pair;
    if (p && p.uri !== targetUri) {
      let byTarget = contributed.get(p.uri);
      if (!byTarget) contributed.set(p.uri, (byTarget = new Map()));
      byTarget.set(targetUri, p.diagnostics);
      touched.add(p.uri);
    }
    for (const uri of touched) this.publish(uri);
  }

  /** The diagnostics the checks of `uri`'s translations placed on it. */
  contributions(uri: string): Diagnostic[] {
    const byTarget = this.contributed.get(uri);
    return byTarget ? [...byTarget.values()].flat() : [];
  }

  /** Sends a document's diagnostics: its own check's and those its translations' checks placed on it. */
  publish(uri: string): void {
    const { ctx } = this;
    if (ctx.pull) {
      ctx.refreshDiagnostics();
      return;
    }
    const own = ctx.documents.get(uri) ? (ctx.states.get(uri)?.outcome?.diagnostics ?? []) : [];
    void ctx.connection.sendDiagnostics({ uri, diagnostics: [...own, ...this.contributions(uri)] }).catch(() => undefined);
  }
}
