// Placeholder until the appsscript shell lands (replaced by its own build step).
export async function buildAppsScript() {}
