// Apps Script only calls top-level function declarations, and only reads @customfunction from their JSDoc.
// The bundle keeps everything inside `var PAR = (() => {...})()`; this writes the declarations that forward
// to it. Custom functions' JSDoc comes from the core's PAR_FUNCTIONS table, so the two cannot drift apart.

/** Text for a JSDoc line: no comment terminator, no line breaks. */
const doc = (s) => String(s).replace(/\*\//g, "* /").replace(/\s+/g, " ").trim();

function customFunctionStub(fn) {
  const params = fn.params.map((p) => p.name);
  const lines = [
    "/**",
    ` * ${doc(fn.description.vi)}`,
    ` * (${doc(fn.description.en)})`,
    " *",
    ...fn.params.map(
      (p) =>
        ` * @param {number|string|Array<Array<number|string>>} ${p.optional ? `[${p.name}]` : p.name} ${doc(p.description.vi)} (${doc(p.description.en)})`,
    ),
    " * @return {number|string|Array<Array<number|string>>} Một giá trị, hoặc một cột cùng kích thước với vùng đầu tiên.",
    " * @customfunction",
    " */",
    `function ${fn.name}(${params.join(", ")}) {`,
    `  return PAR.customFunctions.${fn.name}(${params.join(", ")});`,
    "}",
  ];
  return lines.join("\n");
}

function entryStub(name) {
  return [`/** Calls PAR.${name} (see appsscript/main.ts). */`, `function ${name}() {`, `  return PAR.${name}.apply(this, arguments);`, "}"].join("\n");
}

/**
 * The top-level declarations for a loaded bundle's exports: one per exported function, one per custom
 * function in `functionTable`.
 */
export function stubsFor(exports) {
  const entries = Object.keys(exports).filter((k) => typeof exports[k] === "function");
  const table = exports.functionTable;
  if (!Array.isArray(table) || !table.length) throw new Error("appsscript bundle: functionTable is missing");
  for (const fn of table) if (typeof exports.customFunctions?.[fn.name] !== "function") throw new Error(`appsscript bundle: no wrapper for ${fn.name}`);
  return [...entries.map(entryStub), ...table.map(customFunctionStub)].join("\n\n");
}
