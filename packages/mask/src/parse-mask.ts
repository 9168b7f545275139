import { MaskError, MaskSyntaxError } from './mask-error';
import { isNamePart, isNameStart, MAX_MASK_DEPTH } from './mask-name';
import type { MaskRoot, MaskTree } from './mask-tree';
import { MaskDraft, type PropertyListDraft } from './normalize-mask';

/** One step of a dotted property path such as `resource(SoftLayer_Hardware).datacenter`. */
export interface MaskPathStep {
  readonly name: string;
  readonly type?: string;
}

const OPEN_SET = 91; // [
const CLOSE_SET = 93; // ]
const OPEN_TYPE = 40; // (
const CLOSE_TYPE = 41; // )
const DOT = 46; // .
const COMMA = 44; // ,

/**
 * Parses an extended object mask into its canonical tree: `mask[id,datacenter.name]`, a bare list `id,hostname`,
 * `mask.networkComponents`, `mask(SoftLayer_Hardware_Server)[controlPanel]`, `filteredMask[...]` and root lists
 * `[mask.id, mask(SoftLayer_Hardware_Server).controlPanel]`. White space may appear between any two tokens.
 * @throws {MaskSyntaxError} with the position and a caret line when the text does not follow the grammar.
 */
export function parseMask(text: string): MaskTree {
  if (typeof text !== 'string') throw new MaskError('parseMask expects a string', { code: 'MASK_INPUT' });
  return new MaskParser(text).parseMask();
}

/** Parses a dotted path of properties, each with an optional type: `a.b(SoftLayer_X).c`. */
export function parseMaskPath(text: string): MaskPathStep[] {
  if (typeof text !== 'string') throw new MaskError('parseMaskPath expects a string', { code: 'MASK_INPUT' });
  return new MaskParser(text).parsePath();
}

class MaskParser {
  private position = 0;
  private readonly draft = new MaskDraft();

  constructor(private readonly text: string) {}

  parseMask(): MaskTree {
    this.skipSpace();
    if (this.atEnd()) this.fail('Expected a mask, found nothing');
    if (this.code() === OPEN_SET) {
      this.position++;
      this.skipSpace();
      if (this.code() !== CLOSE_SET) this.parseRootItems(CLOSE_SET);
      this.expect(CLOSE_SET, "Expected ']'");
      this.skipSpace();
      if (!this.atEnd()) this.fail('Unexpected text after the end of the mask');
    } else {
      this.parseRootItems(undefined);
    }
    return this.draft.build();
  }

  parsePath(): MaskPathStep[] {
    const steps: MaskPathStep[] = [];
    for (;;) {
      const name = this.readName();
      const type = this.readType();
      steps.push(type === undefined ? { name } : { name, type });
      this.skipSpace();
      if (this.atEnd()) return steps;
      this.expect(DOT, "Expected '.' or the end of the path");
    }
  }

  /** A comma-separated list of root expressions (`mask...`, `filteredMask...`) and plain properties. */
  private parseRootItems(closing: number | undefined): void {
    for (;;) {
      this.parseRootItem();
      this.skipSpace();
      if (this.atEnd() && closing === undefined) return;
      const code = this.code();
      if (code === COMMA) {
        this.position++;
        continue;
      }
      if (code === closing) return;
      if (closing === undefined) this.fail("Expected ',' or the end of the mask");
      this.fail(this.atEnd() ? "Unexpected end of the mask: expected ']'" : "Expected ',' or ']'");
    }
  }

  private parseRootItem(): void {
    const start = this.skipSpace();
    const name = this.readName();
    if (name === 'mask' || name === 'filteredMask') {
      if (!this.draft.setRoot(name as MaskRoot)) {
        this.fail("A mask cannot mix 'mask' and 'filteredMask' roots", start);
      }
      const section = this.draft.section(this.readType());
      this.skipSpace();
      const code = this.code();
      if (code === DOT) {
        this.position++;
        this.parseProperty(section, this.readName(), 1);
      } else if (code === OPEN_SET) {
        this.parseSet(section, 1);
      }
      return;
    }
    this.parseProperty(this.draft.section(undefined), name, 1);
  }

  /** A property whose name was just read: an optional type, then `.child` or `[children]`. */
  private parseProperty(into: PropertyListDraft, name: string, depth: number): void {
    if (depth > MAX_MASK_DEPTH) this.fail(`Mask is nested deeper than ${MAX_MASK_DEPTH} levels`);
    const children = into.add(name, this.readType());
    this.skipSpace();
    const code = this.code();
    if (code === DOT) {
      this.position++;
      this.parseProperty(children, this.readName(), depth + 1);
    } else if (code === OPEN_SET) {
      this.parseSet(children, depth + 1);
    }
  }

  private parseSet(into: PropertyListDraft, depth: number): void {
    if (depth > MAX_MASK_DEPTH) this.fail(`Mask is nested deeper than ${MAX_MASK_DEPTH} levels`);
    this.position++; // [
    this.skipSpace();
    if (this.code() === CLOSE_SET) {
      this.position++;
      return;
    }
    for (;;) {
      this.parseProperty(into, this.readName(), depth);
      this.skipSpace();
      const code = this.code();
      if (code === COMMA) {
        this.position++;
      } else if (code === CLOSE_SET) {
        this.position++;
        return;
      } else {
        this.fail(
          this.atEnd()
            ? "Unexpected end of the mask: expected ']'"
            : "Expected ',' or ']' in the property set",
        );
      }
    }
  }

  private readName(): string {
    this.skipSpace();
    const start = this.position;
    const text = this.text;
    if (start >= text.length) this.fail('Unexpected end of the mask: expected a property name');
    const first = text.charCodeAt(start);
    if (!isNameStart(first)) {
      if (first === COMMA || first === CLOSE_SET || first === DOT || first === OPEN_SET) {
        this.fail('Expected a property name (names cannot be empty)');
      }
      if (first === OPEN_TYPE) this.fail('A type needs a property name before it');
      this.fail(`Unexpected character ${JSON.stringify(text[start])}: expected a property name`);
    }
    let end = start + 1;
    while (end < text.length && isNamePart(text.charCodeAt(end))) end++;
    this.position = end;
    return text.slice(start, end);
  }

  /** `(TypeName)` after a property, if present. */
  private readType(): string | undefined {
    this.skipSpace();
    if (this.code() !== OPEN_TYPE) return undefined;
    this.position++;
    this.skipSpace();
    const start = this.position;
    const text = this.text;
    if (start >= text.length || !isNameStart(text.charCodeAt(start)))
      this.fail("Expected a type name after '('");
    let end = start + 1;
    while (end < text.length && isNamePart(text.charCodeAt(end))) end++;
    this.position = end;
    this.skipSpace();
    this.expect(CLOSE_TYPE, "Expected ')' after the type name");
    return text.slice(start, end);
  }

  private expect(code: number, reason: string): void {
    if (this.code() !== code) this.fail(reason);
    this.position++;
  }

  private code(): number {
    return this.text.charCodeAt(this.position);
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }

  private skipSpace(): number {
    const text = this.text;
    let position = this.position;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 12 && code !== 11) break;
      position++;
    }
    this.position = position;
    return position;
  }

  private fail(reason: string, at: number = this.position): never {
    throw new MaskSyntaxError(reason, this.text, at);
  }
}
