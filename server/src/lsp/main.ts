/**
 * Entry point of dist/server.js. The transport comes from the command line:
 * `--stdio` (any LSP editor) or `--node-ipc` (the VS Code extension); vscode-languageserver
 * reads it from process.argv.
 */
import { startServer } from './server';

const argv = process.argv.slice(2);
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('usage: node dist/server.js --stdio | --node-ipc\n');
  process.exit(2);
}
startServer();
