// A field of plain data computed the first time something reads it.

/**
 * Sets `obj[key]` to be `make()` the first time it is read (then an ordinary data property). JSON.stringify, spread,
 * structuredClone and schema checks read it like any other field; code that never looks pays nothing. Used for the
 * report's criteria list: one object per row that Tính điểm's own readings, the pane and the plan never look at, and
 * that a 300 000-row sheet would otherwise build three times per run.
 */
export function lazily<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): T {
  const settle = (value: T[K]) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
  return obj;
}
