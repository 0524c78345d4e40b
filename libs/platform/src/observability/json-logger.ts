import { LoggerService } from '@nestjs/common';
import { LineBatcher, stdoutLineBatcher } from './line-batcher';

const LEVEL_RANK = { error: 0, warn: 1, log: 2, debug: 3, verbose: 4, fatal: 0 } as const;
type Level = keyof typeof LEVEL_RANK;

/**
 * One JSON object per line on stdout: what log collectors ingest without parsing rules.
 * A message may be an object (`{ msg, requestId, … }`); its fields become the line's fields.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly maxLevel: Level = 'log',
    private readonly lines: LineBatcher = stdoutLineBatcher(),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (LEVEL_RANK[level] > LEVEL_RANK[this.maxLevel]) return;
    // Nest passes the logger's context as the last extra argument, and a stack before it for errors.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const fields = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : { msg: String(message) };
    const line = { time: new Date().toISOString(), level, service: this.service, context, ...fields };
    this.lines.push(`${JSON.stringify(line)}\n`);
  }
}
