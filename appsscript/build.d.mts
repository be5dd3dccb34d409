/** Writes dist/appsscript/{Code.js, Sidebar.html, appsscript.json}. */
export function buildAppsScript(): Promise<void>;
