export declare const PAGE_SCRIPT: string;
export declare function readPageExamples(): Array<{ name: string; case: Record<string, unknown>; file: string }>;
export declare function buildPage(options?: {
  outdir?: string;
}): Promise<{ index: string; script: string; csp: string; htmlBytes: number; scriptBytes: number }>;
