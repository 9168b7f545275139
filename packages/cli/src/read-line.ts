import { createInterface } from 'node:readline';

/**
 * Shows `prompt` on stderr and reads one line from `input`; undefined at end of input (a closed or empty
 * pipe), so a prompt never waits for input that will not come. With `hidden`, typed characters are not echoed
 * on a terminal.
 */
export function readLine(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
  prompt: string,
  options: { hidden?: boolean } = {},
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, output, terminal: Boolean(input.isTTY) });
    let answered = false;
    if (options.hidden && input.isTTY) {
      const withOutput = lines as unknown as { _writeToOutput: (text: string) => void };
      withOutput._writeToOutput = (text: string) => {
        if (text.includes(prompt)) output.write(text);
      };
    }
    lines.question(prompt, (answer) => {
      answered = true;
      lines.close();
      resolve(answer);
    });
    lines.on('close', () => {
      if (!answered) resolve(undefined);
    });
  });
}
