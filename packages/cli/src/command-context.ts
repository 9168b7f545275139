import type { SoftLayerClient } from '@sl/client';
import type * as Managers from '@sl/managers';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import type { GlobalOptions } from './global-options';
import { MANAGER_LOADERS, type ManagerName } from './manager-loaders';
import type { Session } from './open-session';
import { formatOutput, terminalWidth } from './output/format-output';

const YES = new Set(['y', 'yes', 'yeah', 'yup', 'yolo']);

/** What a command can use: the global options, the client, prompts, progress and output streams. */
export class CommandContext {
  readonly options: GlobalOptions;
  readonly io: CliIo;
  #session: Promise<Session> | undefined;
  #lineReader: import('./read-line').LineReader | undefined;

  constructor(options: GlobalOptions, io: CliIo) {
    this.options = options;
    this.io = io;
  }

  /** The API client (built on first use: the HTTP stack loads only for commands that call the API). */
  async client(): Promise<SoftLayerClient> {
    return (await this.session()).client;
  }

  /** A manager of `@sl/managers` on this run's client (the managers load on first use). */
  async manager<Name extends ManagerName>(name: Name): Promise<InstanceType<(typeof Managers)[Name]>> {
    const [loaded, client] = await Promise.all([MANAGER_LOADERS[name](), this.client()]);
    const Manager = (loaded as Record<Name, unknown>)[name] as new (
      client: SoftLayerClient,
    ) => InstanceType<(typeof Managers)[Name]>;
    return new Manager(client);
  }

  session(): Promise<Session> {
    this.#session ??= import('./open-session').then(({ openSession }) =>
      openSession(this.options, this.io.env),
    );
    return this.#session;
  }

  /** The session if one was opened (for `-v` and closing). */
  openedSession(): Promise<Session> | undefined {
    return this.#session;
  }

  /** Stops reading answers (at the end of the command). */
  closeInput(): void {
    this.#lineReader?.close();
  }

  /** Writes text to stdout as is. */
  out(text: string): void {
    this.io.stdout.write(text);
  }

  /**
   * Prints one output in the chosen format, as the reference's `env.fout` (a command that prints several tables
   * or messages calls this for each and returns nothing).
   */
  print(value: unknown): void {
    this.out(formatOutput(value, this.options.format, this.tableWidth()));
  }

  /** The width tables are fitted into: the terminal's when stdout is one, none (no wrapping) otherwise. */
  tableWidth(): number | undefined {
    return terminalWidth(this.io.stdout, this.io.env);
  }

  /** Writes a line to stderr (messages, never data). */
  note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /** Progress for long walks: only when stderr is a terminal, so piped output never sees it. */
  progress(text: string): void {
    if (this.io.stderr.isTTY) this.io.stderr.write(`\r\x1b[K${text}`);
  }

  endProgress(): void {
    if (this.io.stderr.isTTY) this.io.stderr.write('\r\x1b[K');
  }

  /** Asks a question; `defaultAnswer` when the line is empty; undefined at end of input. */
  async ask(
    question: string,
    defaultAnswer?: string,
    options: { hidden?: boolean } = {},
  ): Promise<string | undefined> {
    const suffix = defaultAnswer ? ` [${options.hidden ? '****' : defaultAnswer}]` : '';
    const { LineReader } = await import('./read-line');
    this.#lineReader ??= new LineReader(this.io.stdin, this.io.stderr);
    const answer = await this.#lineReader.question(`${question}${suffix}: `, options);
    if (answer === undefined) return undefined;
    return answer === '' ? (defaultAnswer ?? '') : answer;
  }

  /** The reference's `[y/N]` confirmation; `-y` answers yes. End of input is a no. */
  async confirm(question: string, defaultYes = false): Promise<boolean> {
    if (this.options.really) return true;
    const answer = await this.ask(`${question} ${defaultYes ? '[Y/n]' : '[y/N]'}`);
    if (answer === undefined) return false;
    if (answer.trim() === '') return defaultYes;
    return YES.has(answer.trim().toLowerCase());
  }

  /**
   * The reference's guard before what cannot be undone: type `confirmation` to go on. `-y` skips it. Anything
   * else stops the command with "Aborted." (exit 2) before it changes anything.
   */
  async noGoingBack(confirmation = 'yes'): Promise<void> {
    if (this.options.really) return;
    const answer = await this.ask(
      `This action cannot be undone! Type "${confirmation}" or press Enter to abort`,
    );
    if (answer?.trim().toLowerCase() !== String(confirmation).toLowerCase()) throw new CliError('Aborted.');
  }

  /** Like `confirm`, but stops the command (exit 2) on a no. */
  async confirmOrAbort(question: string): Promise<void> {
    if (!(await this.confirm(question))) throw new CliError('Aborted.');
  }
}
