export interface LineSink {
  write(text: string): unknown;
}

/** Past this many waiting lines they go out at once, so a burst inside one turn stays bounded. */
const MAX_PENDING_LINES = 1_000;

/**
 * Log lines wait until the event loop's current turn ends, then go out in one write. Written one
 * by one, every line is a system call of its own, and on Linux a write to a pipe is synchronous:
 * with a log collector that reads slowly, each request would block the process in it. Order is
 * kept; whatever is still waiting when the process exits (normally, by process.exit() or on an
 * uncaught exception) is written synchronously by the exit handler.
 */
export class LineBatcher {
  private pending: string[] = [];
  private scheduled = false;

  constructor(
    private readonly sink: LineSink,
    private readonly schedule: (flush: () => void) => void = (flush) => setImmediate(flush),
  ) {}

  get waiting(): number {
    return this.pending.length;
  }

  push(line: string): void {
    this.pending.push(line);
    if (this.pending.length >= MAX_PENDING_LINES) {
      this.flush();
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.sink.write(text);
  }
}

let stdoutLines: LineBatcher | undefined;

/** The process's one batcher on stdout, so that lines of every logger keep their order. */
export function stdoutLineBatcher(): LineBatcher {
  if (!stdoutLines) {
    const batcher = new LineBatcher(process.stdout);
    process.on('exit', () => batcher.flush());
    stdoutLines = batcher;
  }
  return stdoutLines;
}
