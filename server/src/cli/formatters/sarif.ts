/** `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, …). */
import { RULES } from '../../engine/rules/index';
import type { Severity } from '../../engine/types';
import type { FileResult, FormatOptions } from '../result';
import { positionAt, relatedOf } from '../result';
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative } from 'node:path';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(results: FileResult[], opts: FormatOptions) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  // A URI reference relative to SRCROOT: each path segment percent-encoded ("weird name #1.md" →
  // "weird%20name%20%231.md"), so that "#", "%", "?" and spaces do not change what it points to.
  const uriOf = (p: string) => (isAbsolute(p) ? relative(opts.cwd, p) : p).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'calque',
            version: opts.version,
            informationUri: 'https://github.com/calque-dev/calque',
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.description },
              helpUri: `https://github.com/calque-dev/calque/blob/main/docs/rules/${r.meta.id}.md`,
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
              properties: { category: r.meta.category, fixable: r.meta.fixable },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(opts.cwd + '/').href } },
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const s = positionAt(r, f.start);
            const e = positionAt(r, f.end);
            return {
              ruleId: f.ruleId,
              ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uriOf(r.path), uriBaseId: 'SRCROOT' },
                    // SARIF lines and columns are 1-based; columns count UTF-16 code units here.
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, snippet: { text: r.text.slice(f.start, f.end) } },
                  },
                },
              ],
              ...(f.related?.length && r.pair
                ? {
                    relatedLocations: relatedOf(r, f).map((x, id) => ({
                      id,
                      physicalLocation: {
                        artifactLocation: { uri: uriOf(x.path), uriBaseId: 'SRCROOT' },
                        region: { startLine: x.range.start.line + 1, startColumn: x.range.start.character + 1, endLine: x.range.end.line + 1, endColumn: x.range.end.character + 1 },
                      },
                      message: { text: x.message },
                    })),
                  }
                : {}),
              ...(f.fixes.length
                ? {
                    fixes: f.fixes.map((x) => ({
                      description: { text: x.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: uriOf(r.path), uriBaseId: 'SRCROOT' },
                          replacements: x.edits.map((ed) => {
                            const a = positionAt(r, ed.start);
                            const b = positionAt(r, ed.end);
                            return { deletedRegion: { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 }, insertedContent: { text: ed.newText } };
                          }),
                        },
                      ],
                    })),
                  }
                : {}),
              properties: { category: f.category },
            };
          }),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(results: FileResult[], opts: FormatOptions): string {
  return JSON.stringify(toSarif(results, opts), null, 2) + '\n';
}
