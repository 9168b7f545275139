/**
 * Rows are changed in place (`Object.assign(guest, changes)`, `zone.records.push(…)`). A table hands out each row
 * behind a Proxy whose traps tell the row's owner about every write before it happens, at any depth: the owner
 * marks the row changed (so the journal stores it) and keeps an undo step (so a failed change is rolled back).
 * Only plain objects and arrays are wrapped; frozen values are handed out as they are.
 */

/** Who hears about the writes to rows (a table). */
export interface RowOwner {
  /** Called before row `key` (or an object inside it) changes; `undo` puts the old value back. */
  beforeWrite(key: number, undo: () => void): void;
}

/** The property under which a tracked row (or object inside one) gives its target, without a trap for writes. */
const TARGET: unique symbol = Symbol('sl-emulator row target');

function isTrackable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Key = string | symbol;

/** The step that puts `target[property]` back as it is now. */
function restoreProperty(target: object, property: Key): () => void {
  if (!Object.hasOwn(target, property)) return () => void delete (target as Record<Key, unknown>)[property];
  const descriptor = Object.getOwnPropertyDescriptor(target, property) as PropertyDescriptor;
  return () => void Object.defineProperty(target, property, descriptor);
}

/** The step that undoes a write of `value` to `target[property]` (arrays: their length and dropped elements too). */
function undoOf(target: object, property: Key, value?: unknown): () => void {
  if (!Array.isArray(target)) return restoreProperty(target, property);
  const length = target.length;
  if (property === 'length') {
    // Shortening an array drops elements without a trap per element: keep them.
    const from = Number(value);
    const dropped = from < length ? target.slice(from) : [];
    return () => {
      target.length = length;
      dropped.forEach((element, index) => {
        target[from + index] = element;
      });
    };
  }
  const restore = restoreProperty(target, property);
  return () => {
    restore();
    target.length = length;
  };
}

/** The proxies of the objects inside rows, so that `row.list === row.list` holds. */
const proxies = new WeakMap<object, { handler: RowHandler; proxy: object }>();

class RowHandler implements ProxyHandler<object> {
  constructor(
    readonly owner: RowOwner,
    readonly key: number,
  ) {}

  get(target: object, property: Key): unknown {
    if (property === TARGET) return target;
    const value: unknown = Reflect.get(target, property);
    if (!isTrackable(value) || Object.isFrozen(target)) return value;
    return wrap(value, this);
  }

  set(target: object, property: Key, value: unknown): boolean {
    this.owner.beforeWrite(this.key, undoOf(target, property, value));
    return Reflect.set(target, property, value);
  }

  deleteProperty(target: object, property: Key): boolean {
    if (!Object.hasOwn(target, property)) return true;
    this.owner.beforeWrite(this.key, undoOf(target, property));
    return Reflect.deleteProperty(target, property);
  }

  defineProperty(target: object, property: Key, descriptor: PropertyDescriptor): boolean {
    this.owner.beforeWrite(this.key, undoOf(target, property, descriptor.value));
    return Reflect.defineProperty(target, property, descriptor);
  }
}

function wrap<T extends object>(value: T, handler: RowHandler): T {
  const known = proxies.get(value);
  if (known?.handler === handler) return known.proxy as T;
  const proxy = new Proxy(value, handler) as T;
  // An object shared by two rows keeps the proxy of the first; the other row gets a fresh one each time.
  if (!known) proxies.set(value, { handler, proxy });
  return proxy;
}

/** The row behind a proxy that reports every write (at any depth) to `owner` as a write of row `key`. */
export function trackRow<Row extends object>(row: Row, owner: RowOwner, key: number): Row {
  return new Proxy(row, new RowHandler(owner, key)) as Row;
}

/** The row itself behind a tracked row (for saving without going through the proxy). */
export function untracked<Row extends object>(row: Row): Row {
  return ((row as { [TARGET]?: Row })[TARGET] ?? row) as Row;
}
