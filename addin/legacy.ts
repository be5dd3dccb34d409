// What Excel 2016/2019 on Windows 10 lacks: their pane is EdgeHTML 18, which predates these few built-ins that our
// code (and zod) call. Imported first by every add-in bundle; a no-op on any current browser.
const root: Record<string, unknown> =
  typeof globalThis !== "undefined" ? (globalThis as never) : typeof self !== "undefined" ? (self as never) : (window as never);
if (typeof globalThis === "undefined") root.globalThis = root;

function define<T extends object>(target: T, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

function flatten(list: readonly unknown[], depth: number, out: unknown[]): unknown[] {
  for (const item of list) {
    if (Array.isArray(item) && depth > 0) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}

define(Array.prototype, "flat", function flat(this: unknown[], depth = 1) {
  return flatten(this, Math.floor(Number(depth)) || 0, []);
});
define(Array.prototype, "flatMap", function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, self?: unknown) {
  return flatten(this.map(fn, self), 1, []);
});
define(Object, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
export {};
