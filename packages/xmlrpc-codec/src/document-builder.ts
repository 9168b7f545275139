/** Above this many UTF-16 units the text built so far is moved into the byte buffer. */
const CHUNK_LENGTH = 32 * 1024;

/**
 * The byte buffer of the last large document, weakly held for the next one: growing a fresh buffer for every large
 * document (256 KB, 512 KB, … 16 MB, each copied into the next) cost a tenth of a 12 MB encode, and the churn of
 * external memory triggered extra full collections. Weakly held, it is gone at the next full collection when no
 * document is being built; a builder takes it (so a nested encode, from a `dateFormat` callback, gets its own).
 */
let spare: WeakRef<Buffer> | undefined;

/**
 * Builds the writer's document. Small documents are one string grown with `+=` (V8 ropes: the fastest way to build
 * a few KB). Large ones would make millions of long-lived rope nodes, which kept the garbage collector busy half
 * of the time on a 12 MB request; so every 32 K characters the text so far is written into a growing UTF-8 buffer
 * and the rope dies young. The document string is made once at the end. Measured: 2× faster than a single rope
 * on a 12 MB request, as fast on a 2 KB one.
 */
export class DocumentBuilder {
  private chunk = '';
  private buffer: Buffer | undefined;
  private position = 0;

  append(text: string): void {
    this.chunk += text;
    if (this.chunk.length > CHUNK_LENGTH) this.flush();
  }

  private flush(): void {
    const chunk = this.chunk;
    const needed = this.position + chunk.length * 3;
    if (this.buffer === undefined && spare !== undefined) {
      this.buffer = spare.deref();
      spare = undefined;
    }
    if (this.buffer === undefined || needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, (this.buffer?.length ?? 0) * 2, 256 * 1024));
      this.buffer?.copy(grown, 0, 0, this.position);
      this.buffer = grown;
    }
    this.position += this.buffer.write(chunk, this.position, 'utf8');
    this.chunk = '';
  }

  /** The document as a string. */
  finish(): string {
    if (this.buffer === undefined) return this.chunk;
    this.flush();
    const text = this.buffer.toString('utf8', 0, this.position);
    this.release();
    return text;
  }

  /** The document as UTF-8 bytes (a copy of its own: the builder's buffer is reused). */
  finishBytes(): Uint8Array {
    if (this.buffer === undefined) return Buffer.from(this.chunk, 'utf8');
    this.flush();
    const bytes = Buffer.allocUnsafeSlow(this.position);
    this.buffer.copy(bytes, 0, 0, this.position);
    this.release();
    return bytes;
  }

  private release(): void {
    if (this.buffer !== undefined) spare = new WeakRef(this.buffer);
    this.buffer = undefined;
  }
}
