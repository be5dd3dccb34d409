// Bundle entry for the functions script: binds each id in functions.json to its implementation.
import "../legacy.js";
import { FUNCTIONS } from "./functions.js";

// Excel 2016/2019 have no custom functions; the pane page still loads this script there, so it must not fail
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
