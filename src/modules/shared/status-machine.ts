/**
 * One transition table per aggregate. Every status change — from a response, an inquiry, a notification or an admin
 * action — asks `decideTransition` first, so a final status can never move back and a duplicate is recognised as such.
 */
export interface StatusMachine<S extends string> {
  readonly name: string;
  /** Every status, in the order they are usually reached (documentation and GraphQL enum order). */
  readonly statuses: readonly S[];
  /** Statuses from which nothing may follow. */
  readonly final: readonly S[];
  /** Allowed targets from each status. */
  readonly transitions: Readonly<Record<S, readonly S[]>>;
}

export type TransitionDecision<S extends string> =
  /** Move `from` → `to`. */
  | { kind: 'apply'; from: S; to: S }
  /** Already in `to`: a duplicate or a late echo; nothing to write. */
  | { kind: 'noop'; status: S }
  /** Not allowed (a regression, or out of order); record it as an anomaly, change nothing. */
  | { kind: 'reject'; from: S; to: S; reason: string };

export function decideTransition<S extends string>(machine: StatusMachine<S>, from: S, to: S): TransitionDecision<S> {
  if (from === to) return { kind: 'noop', status: from };
  if (machine.transitions[from].includes(to)) return { kind: 'apply', from, to };
  const reason = machine.final.includes(from)
    ? `${machine.name} is ${from}, a final status; ${to} would move it back`
    : `${machine.name} cannot go from ${from} to ${to}`;
  return { kind: 'reject', from, to, reason };
}

export function isFinal<S extends string>(machine: StatusMachine<S>, status: S): boolean {
  return machine.final.includes(status);
}

/**
 * What an aggregate's module declares: its statuses, the final ones, and the exits of every other status. A final
 * status has none, so it need not be listed (an entry for it must be empty).
 */
export interface StatusMachineDefinition<S extends string, F extends S> {
  readonly name: string;
  readonly statuses: readonly S[];
  readonly final: readonly F[];
  readonly transitions: Readonly<Record<Exclude<S, F>, readonly S[]>> & Partial<Readonly<Record<F, readonly S[]>>>;
}

/** Builds a machine and checks at load time that the table names only known statuses and finals have no exits. */
export function defineStatusMachine<const S extends string, const F extends S = S>(definition: StatusMachineDefinition<S, F>): StatusMachine<S> {
  const finals: readonly S[] = definition.final;
  // Every key is a status; TypeScript cannot merge the two mapped halves for a generic S.
  const declared = definition.transitions as Partial<Record<S, readonly S[]>>;
  const transitions = Object.fromEntries(definition.statuses.map((from) => [from, finals.includes(from) ? [] : declared[from]])) as Record<S, readonly S[]>;
  const machine: StatusMachine<S> = { name: definition.name, statuses: definition.statuses, final: finals, transitions };
  for (const from of machine.statuses) {
    const targets = machine.transitions[from];
    if (!targets) throw new Error(`${machine.name}: no transition entry for ${from}`);
    for (const to of targets) {
      if (!machine.statuses.includes(to)) throw new Error(`${machine.name}: ${from} → unknown status ${to}`);
    }
  }
  for (const status of finals) {
    if ((declared[status]?.length ?? 0) > 0) throw new Error(`${machine.name}: final status ${status} has outgoing transitions`);
  }
  return Object.freeze(machine);
}

/**
 * AMS's status strings → ours, from a table: a string AMS may send that the table does not list is not guessed.
 */
export function statusFromAms<S extends string>(table: Readonly<Record<string, S>>): (amsStatus: string) => S | null {
  return (amsStatus) => (Object.hasOwn(table, amsStatus) ? table[amsStatus]! : null);
}
