// The PAR_* spreadsheet functions, wrapped one-to-one from the core's table. A custom function runs
// without authorization: no service calls here, and bad input is a thrown Error Sheets shows on the cell.
import { PAR_FUNCTIONS, runParFunction, type FnResult } from "../shared/index.js";

/** Messages in Vietnamese: custom functions cannot read the document's settings without authorization. */
const LANG = "vi";

export const customFunctions: Record<string, (...args: unknown[]) => FnResult> = Object.fromEntries(
  PAR_FUNCTIONS.map((fn) => [
    fn.name,
    (...args: unknown[]): FnResult => {
      const out = runParFunction(fn.name, args, LANG);
      if (!out.ok) throw new Error(out.message);
      return out.value;
    },
  ]),
);

/** Names, descriptions and parameters, for the build to write each function's @customfunction JSDoc. */
export const functionTable = PAR_FUNCTIONS.map((fn) => ({
  name: fn.name,
  description: fn.description,
  params: fn.params.map((p) => ({ name: p.name, description: p.description, optional: !!p.optional })),
}));
