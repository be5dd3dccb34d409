// One door from Excel to the core's function table: arguments in, a matrix or an Excel error out.
// the function table itself, not the core's index: the runtime loads this bundle for every recalculation session
import { runParFunction } from "../../shared/functions.js";
import type { Lang } from "../../shared/types.js";

function lang(): Lang {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return typeof display === "string" && display.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * Excel hands omitted optional arguments as null; the core reads "absent" as undefined. Results are always
 * a matrix because the functions are declared `any[][]` (a 1×1 matrix shows as one value, larger ones spill).
 */
export function callPar(name: string, args: readonly unknown[]): unknown[][] {
  const outcome = runParFunction(name, args.map((a) => (a === null ? undefined : a)), lang());
  if (!outcome.ok) {
    const code = outcome.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    throw new CustomFunctions.Error(code, outcome.message);
  }
  return Array.isArray(outcome.value) ? outcome.value : [[outcome.value]];
}
