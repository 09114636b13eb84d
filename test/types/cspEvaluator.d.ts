// The parts of @doyensec/csp-evaluator (Google's CSP Evaluator) the CSP test uses; it ships no types.
declare module '@doyensec/csp-evaluator' {
  export type Finding = { severity: number; directive: string; description: string; value?: string };
  export const severities: Readonly<
    Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO' | 'NONE', number>
  >;
  export const Version: Readonly<{ CSP1: number; CSP2: number; CSP3: number }>;
  export class CspParser {
    constructor(policy: string);
    readonly csp: unknown;
  }
  export class CspEvaluator {
    constructor(csp: unknown, version: number);
    evaluate(): Finding[];
  }
}
