// The language server's handlers: drafts opened and edited in the editor are checked by the engine
// behind check (commands/check.ts checkText) and their findings published as diagnostics, a
// moment after the writer stops typing; hovers and code actions read the same check.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText } from '../commands/check.js';
import type { Dataset } from '../dataset/dataset.js';
import { codeActionsAt } from './actions.js';
import { LiveDataset, type DatasetPlace } from './dataset.js';
import { cannotCheck, diagnosticsOf } from './diagnostics.js';
import type { CheckJson } from './findings.js';
import { hoverAt } from './hover.js';
import { NameFinder } from './names.js';

/** How long a draft must stay unchanged before it is checked again (ms); initializationOptions.debounce changes it. */
export const DEBOUNCE_MS = 100;

/** What the server is started with. */
export interface ServerSettings {
  readonly version: string;
  /** The dataset to check against: the command line's (--data, CAR_BRIEF_DATA, the built-in), or data relative to root. */
  readonly place: (data?: string, root?: string) => DatasetPlace;
}

/** What the client may set in initializationOptions. */
interface ClientOptions {
  /** A dataset directory, relative to the workspace's root. */
  readonly data?: unknown;
  readonly debounce?: unknown;
}

/** Wires the handlers onto a connection; close() stops the timers and the dataset's watchers. */
export function startServer(connection: Connection, settings: ServerSettings): { close(): void } {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, { version: number; check: CheckJson }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let live: LiveDataset | undefined;
  let ready: Promise<void> = new Promise(() => {});
  let names: { dataset: Dataset; finder: NameFinder } | undefined;
  let debounce = DEBOUNCE_MS;

  // What is sent to an editor that has gone is lost, quietly: nothing is left to tell.
  const publish = (params: PublishDiagnosticsParams) =>
    void connection.sendDiagnostics(params).catch(() => {});
  const warn = (message: string) => {
    connection.console.error(message);
    // A notification: showWarningMessage would be a request, which a client may not answer.
    void connection
      .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })
      .catch(() => {});
  };
  // A document checked now, its diagnostics published (or why it cannot be checked).
  const checkNow = (document: TextDocument): CheckJson | undefined => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    const { dataset, problem } = live?.current ?? { dataset: undefined, problem: undefined };
    if (dataset === undefined) {
      // (Neither a dataset nor a problem: it is still being opened, and every draft is checked then.)
      if (problem !== undefined)
        publish({ uri: document.uri, version: document.version, diagnostics: [cannotCheck(problem)] });
      return undefined;
    }
    try {
      const check = checkText(dataset, document.getText(), document.uri).view.json as CheckJson;
      checked.set(document.uri, { version: document.version, check });
      const diagnostics = diagnosticsOf(document, check);
      publish({ uri: document.uri, version: document.version, diagnostics });
      return check;
    } catch (error) {
      const message = `car-brief could not check this draft: ${error instanceof Error ? error.message : String(error)}`;
      connection.console.error(`${message}\n${error instanceof Error ? error.stack : ''}`);
      publish({
        uri: document.uri,
        version: document.version,
        diagnostics: [cannotCheck(message)],
      });
      return undefined;
    }
  };
  // The check of a document as it is now: the last one if the text has not changed since, else a new one.
  const current = (document: TextDocument): CheckJson | undefined => {
    const last = checked.get(document.uri);
    return last?.version === document.version ? last.check : checkNow(document);
  };
  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(
        () =>
          void ready.then(() => {
            const now = documents.get(document.uri);
            if (now) checkNow(now);
          }),
        debounce,
      ),
    );
  };
  const nameFinder = (dataset: Dataset) => {
    if (names?.dataset !== dataset) names = { dataset, finder: new NameFinder(dataset) };
    return names.finder;
  };

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ClientOptions;
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce;
    live = new LiveDataset(placeOf(settings, options, params, warn), {
      changed: () => documents.all().forEach(checkNow),
      log: (message) => connection.console.log(message),
      warn,
    });
    ready = live.load();
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'car-brief', version: settings.version },
    };
  });

  documents.onDidOpen((event) => void ready.then(() => current(event.document)));
  documents.onDidChangeContent((event) => {
    if (checked.get(event.document.uri)?.version !== event.document.version) schedule(event.document);
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    checked.delete(event.document.uri);
    publish({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    await ready;
    const document = documents.get(params.textDocument.uri);
    const check = document && current(document);
    const dataset = live?.current.dataset;
    if (!document || !check || !dataset) return null;
    return hoverAt(document, params.position, { dataset, names: nameFinder(dataset), check });
  });

  connection.onCodeAction(async (params) => {
    await ready;
    const document = documents.get(params.textDocument.uri);
    const check = document && current(document);
    const dataset = live?.current.dataset;
    if (!document || !check || !dataset) return [];
    const markdown = document.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(document.uri);
    return codeActionsAt(document, params.range, { dataset, check, markdown });
  });

  const close = () => {
    live?.close();
    timers.forEach((timer) => clearTimeout(timer));
    timers.clear();
  };
  connection.onShutdown(close);
  documents.listen(connection);
  return { close };
}

// The dataset of the command line, or the workspace's own (initializationOptions.data, relative to its root).
function placeOf(
  settings: ServerSettings,
  options: ClientOptions,
  params: InitializeParams,
  complain: (message: string) => void,
): DatasetPlace {
  if (typeof options.data !== 'string') return settings.place();
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  const root = uri?.startsWith('file:') ? fileURLToPath(uri) : undefined;
  try {
    return settings.place(options.data, root);
  } catch (error) {
    complain(
      `initializationOptions.data: ${(error as Error).message}; using the dataset of the command line`,
    );
    return settings.place();
  }
}
