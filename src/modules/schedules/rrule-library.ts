import * as rruleModule from 'rrule';

type RRuleLibrary = typeof rruleModule;

/**
 * rrule 2.8.1 ships CommonJS as `main` (which Node loads, exposing it as the default export) and an ESM build as
 * `module` (which bundlers load, with named exports). This takes whichever the loader gave, so the code runs the
 * same under tsx, vitest and compiled Node.
 */
const library: RRuleLibrary = (rruleModule as unknown as { default?: RRuleLibrary }).default ?? rruleModule;

export const { RRule, rrulestr } = library;
export type RRuleInstance = InstanceType<RRuleLibrary['RRule']>;
