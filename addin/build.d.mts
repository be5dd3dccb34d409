// Types for the build script, so tests written in TypeScript can call it.
export declare const DEFAULT_OUT: string;
export declare function functionsMetadata(): Promise<string>;
export declare function buildAddin(options?: { outdir?: string }): Promise<void>;
