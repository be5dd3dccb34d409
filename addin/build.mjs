// Placeholder until the addin shell lands (replaced by its own build step).
export async function buildAddin() {}
