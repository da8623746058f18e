// A session of the language server over two streams (the process's standard input and output):
// JSON-RPC framed by Content-Length headers, and nothing else written to the output. It ends as the
// protocol says: exit after shutdown is 0; exit without shutdown, or the input closed first, is 1.
// (vscode-languageserver's own node entry would call process.exit; here the code is returned, so
// that main() sets it and tests can run a session in-process.)
import { createConnection, type InitializeParams, type WatchDog } from 'vscode-languageserver';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerSettings } from './server.js';

/** How often the editor's process is looked for, when initialize names it (ms). */
const CLIENT_POLL_MS = 3000;

/** The streams a session talks over. */
export interface SessionStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/** Serves one session; resolves with its exit code when it ends. */
export function serve(
  streams: SessionStreams,
  settings: ServerSettings & { clientProcessId?: number },
): Promise<number> {
  return new Promise((resolve) => {
    let ended = false;
    let poll: NodeJS.Timeout | undefined;
    const watchClient = (pid: number) => {
      clearInterval(poll);
      poll = setInterval(() => {
        if (!alive(pid)) end(watchDog.shutdownReceived ? 0 : 1);
      }, CLIENT_POLL_MS).unref();
    };
    const watchDog: WatchDog = {
      shutdownReceived: false,
      initialize: (params: InitializeParams) => {
        if (typeof params.processId === 'number') watchClient(params.processId);
      },
      exit: (code) => end(code),
    };
    const connection = createConnection(
      (logger) =>
        createProtocolConnection(
          new StreamMessageReader(streams.input),
          new StreamMessageWriter(streams.output),
          logger,
        ),
      watchDog,
    );
    const server = startServer(connection, settings);
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      clearInterval(poll);
      server.close();
      connection.dispose();
      resolve(code);
    };
    if (settings.clientProcessId !== undefined) watchClient(settings.clientProcessId);
    streams.input.on('end', () => end(watchDog.shutdownReceived ? 0 : 1));
    streams.input.on('close', () => end(watchDog.shutdownReceived ? 0 : 1));
    connection.listen();
  });
}

// Whether a process is still there (EPERM: it is, but not ours to signal).
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
