// Bundle entry for the functions script: binds each id in functions.json to its implementation.
import { FUNCTIONS } from "./functions.js";

for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
