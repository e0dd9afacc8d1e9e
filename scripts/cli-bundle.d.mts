/** Types of cli-bundle.mjs for the TypeScript that imports it (the tests). */
export declare const ENTRIES: Readonly<Record<string, string>>;
export declare const SCRIPT_ENTRIES: readonly string[];
export declare function bundleFolder(root: string, name: string): string;
export declare function bundleFile(root: string, name: string): string;
export declare function builtFile(root: string, name: string): { file: string; script: boolean } | null;
export declare function isFresh(root: string, name: string): boolean;
export declare function buildCli(root: string, name: string, entry?: string, asScript?: boolean): Promise<void>;
