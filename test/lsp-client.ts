import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

// The client side of a language server session, for the tests of car-brief lsp: the library's own
// JSON-RPC connection (Content-Length framing), over a spawned server's pipes or in-process streams.

/** What a test waits for at most (the machine is loaded: generous). */
export const LSP_WAIT_MS = 60_000;

/** A client talking to one server. */
export class LspClient {
  readonly connection: ProtocolConnection;
  /** Every diagnostics notification, in the order they came. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** window/showMessage and window/logMessage texts, in order. */
  readonly messages: { readonly type: 'show' | 'log'; readonly message: string }[] = [];
  private seen = 0;
  private wake: (() => void) | undefined;

  constructor(fromServer: NodeJS.ReadableStream, toServer: NodeJS.WritableStream) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(fromServer),
      new StreamMessageWriter(toServer),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake?.();
    });
    for (const [method, type] of [
      ['window/showMessage', 'show'],
      ['window/logMessage', 'log'],
    ] as const) {
      this.connection.onNotification(method, (params: { message: string }) => {
        this.messages.push({ type, message: params.message });
        this.wake?.();
      });
    }
    this.connection.listen();
  }

  /** initialize, then initialized. */
  async initialize(
    initializationOptions?: unknown,
    rootUri: string | null = null,
  ): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: null,
      rootUri,
      capabilities: {},
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [] },
    });
  }

  /** The next diagnostics published (after those already taken) for uri that pass accept. */
  diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return this.until(() => {
      for (; this.seen < this.published.length; this.seen++) {
        const params = this.published[this.seen]!;
        if (params.uri === uri && accept(params)) {
          this.seen++;
          return params;
        }
      }
      return undefined;
    }, `diagnostics for ${uri}`);
  }

  /** The first message shown or logged that matches. */
  message(pattern: RegExp): Promise<string> {
    return this.until(
      () => this.messages.find((m) => pattern.test(m.message))?.message,
      `a message ${pattern}`,
    );
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
  }

  exit(): Promise<void> {
    return this.connection.sendNotification('exit');
  }

  dispose(): void {
    this.connection.dispose();
  }

  // Resolves with what found gives, as soon as it gives something; fails after LSP_WAIT_MS.
  private until<T>(found: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        reject(new Error(`no ${what} within ${LSP_WAIT_MS / 1000} s`));
      }, LSP_WAIT_MS);
      const look = () => {
        const value = found();
        if (value === undefined) return;
        clearTimeout(timer);
        this.wake = undefined;
        resolve(value);
      };
      this.wake = look;
      look();
    });
  }
}

/** A draft's findings as check --json prints them, and a diagnostic turned back into check's terms. */
export interface Placed {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly kind: string;
  readonly message: string;
}

/** A diagnostic in check's terms: 1-based line and column, severity and kind by name. */
export function asFinding(diagnostic: PublishDiagnosticsParams['diagnostics'][number]): Placed {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    severity:
      diagnostic.severity === 1
        ? 'error'
        : diagnostic.severity === 2
          ? 'warning'
          : String(diagnostic.severity),
    kind: String(diagnostic.code),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
}

/** A finding of check --json with the fields a diagnostic carries. */
export function placed(finding: Placed): Placed {
  const { line, column, severity, kind, message } = finding;
  return { line, column, severity, kind, message };
}
