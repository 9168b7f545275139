import { createInterface, type Interface } from 'node:readline';

/**
 * Reads answers one line at a time from one input for the whole run (piped answers to several prompts are not
 * lost between them). At end of input every further question gets undefined, so a prompt never waits for input
 * that will not come. A hidden question does not echo what is typed on a terminal.
 */
export class LineReader {
  readonly #input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly #output: NodeJS.WritableStream;
  #lines: Interface | undefined;
  #queue: string[] = [];
  #waiting: Array<(line: string | undefined) => void> = [];
  #ended = false;
  #muted = false;

  constructor(input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream) {
    this.#input = input;
    this.#output = output;
  }

  #open(): Interface {
    if (this.#lines) return this.#lines;
    const lines = createInterface({
      input: this.#input,
      output: this.#output,
      terminal: Boolean(this.#input.isTTY),
    });
    const withOutput = lines as unknown as { _writeToOutput: (text: string) => void };
    const write = withOutput._writeToOutput.bind(lines);
    withOutput._writeToOutput = (text: string) => {
      if (!this.#muted) write(text);
    };
    lines.on('line', (line) => {
      const waiter = this.#waiting.shift();
      if (waiter) waiter(line);
      else this.#queue.push(line);
    });
    lines.on('close', () => {
      this.#ended = true;
      for (const waiter of this.#waiting.splice(0)) waiter(undefined);
    });
    this.#lines = lines;
    return lines;
  }

  /** Shows `prompt` and resolves with the next line (undefined at end of input). */
  question(prompt: string, options: { hidden?: boolean } = {}): Promise<string | undefined> {
    this.#open();
    this.#output.write(prompt);
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.#ended) return Promise.resolve(undefined);
    this.#muted = Boolean(options.hidden && this.#input.isTTY);
    return new Promise((resolve) => {
      this.#waiting.push((line) => {
        if (this.#muted) this.#output.write('\n');
        this.#muted = false;
        resolve(line);
      });
    });
  }

  close(): void {
    this.#lines?.close();
  }
}
