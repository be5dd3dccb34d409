// Types for the production-manifest script, so tests written in TypeScript can call it.
export declare const DEV_URL: string;
export declare function productionManifest(xml: string, base: string): string;
