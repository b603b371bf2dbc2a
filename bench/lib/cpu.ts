import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far, per role: the named pids (with their threads), every `postgres` process, the rest. */
export type CpuSnapshot = Map<string, number>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function readStat(pid: string): { comm: string; ppid: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // Fields after the comm start at field 3 (state): utime is field 14, stime field 15.
    return { comm, ppid: fields[1] ?? '', seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/**
 * Where the machine's CPU goes during a load run, by process: on 2 shared cores the load generator, the gateway,
 * the sandbox and Postgres compete, so "CPU per request" per process says more than a wall-clock profile (which
 * charges a process for the time it was preempted).
 */
export function cpuSnapshot(roles: Record<string, number | number[]>, postmasterPid?: number): CpuSnapshot {
  // With the bench's own postmaster known, only its server processes are `postgres`: other Postgres servers on a shared
  // machine (another engineer's tests) are `other`.
  const isBenchPostgres = (pid: string, stat: { comm: string; ppid: string }) =>
    stat.comm === 'postgres' && (postmasterPid === undefined || pid === String(postmasterPid) || stat.ppid === String(postmasterPid));
  const byPid = new Map(Object.entries(roles).flatMap(([role, pids]) => (Array.isArray(pids) ? pids : [pids]).map((pid) => [String(pid), role] as const)));
  const snapshot: CpuSnapshot = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    const role = byPid.get(pid) ?? (isBenchPostgres(pid, stat) ? 'postgres' : 'other');
    snapshot.set(role, (snapshot.get(role) ?? 0) + stat.seconds);
  }
  return snapshot;
}

/** Milliseconds of CPU per request for each role between two snapshots (processes that ended are not counted). */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [role, seconds] of after) {
    const used = seconds - (before.get(role) ?? 0);
    if (used > 0 && requests > 0) result[role] = Math.round((used * 1000 * 100) / requests) / 100;
  }
  return result;
}
