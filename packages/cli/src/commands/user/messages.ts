/** The reference's `click.secho` result line: the success text, or its failure text. */
export function outcome(ok: boolean, success: string, failure: string): string {
  return `${ok ? success : failure}\n`;
}
