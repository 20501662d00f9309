/**
 * The bench's measuring tools: autocannon runs whose every request is built fresh (unique order ids,
 * another passenger's cookie, another free seat), exact percentiles from per-response latencies, and
 * the server's resident memory summed over its process tree from /proc.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';

export type Req = {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type Measured = {
  name: string;
  requests: number;
  rps: number;
  completedPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  /** Answers that came back without doing the scenario's work (a refusal, an already paid hold). */
  noWork: number;
  errors: number;
  peakRssMb: number;
};

/**
 * Whether an answer did the scenario's work: an action answers 200 for a refusal as for a success,
 * so throughput alone could count refusals (a hold already paid, a wallet run dry) as payments.
 */
export type DidWork = (status: number, body: string, headers: Record<string, string>) => boolean;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Resident memory (MB) of `pid` and all its descendants (cluster workers), read from /proc. */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let kb = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* gone */
    }
    queue.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

/** Samples the tree's RSS every 250 ms until stopped; returns the peak. */
export function sampleRss(pid: number): { stop: () => number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 250);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(pid));
    },
  };
}

type Options = {
  base: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  serverPid: number;
  didWork?: DidWork;
};

/** One stretch of load: every response's latency and status, and the server's peak memory. */
export type Slice = {
  latencies: number[];
  statuses: Record<string, number>;
  noWork: number;
  errors: number;
  peakRssMb: number;
  seconds: number;
  connections: number;
};

/** Loads the server for `seconds` with `next()` building each request (warm-up first, if any). */
export async function slice(
  next: () => Req,
  { base, connections, seconds, warmupSeconds, serverPid, didWork }: Options,
): Promise<Slice> {
  let measuring = false;
  let noWork = 0;
  let failure: unknown;
  const requests = [
    {
      setupRequest: (req: Record<string, unknown>) => {
        let r: Req;
        try {
          r = next();
        } catch (error) {
          // Thrown here it would kill the bench and leave its servers running: the slice ends on
          // harmless requests and the error is thrown once autocannon is done.
          failure ??= error;
          r = { path: '/api/health' };
        }
        return {
          ...req,
          method: r.method ?? 'GET',
          path: r.path,
          headers: r.headers ?? {},
          body: r.body,
        };
      },
      ...(didWork && {
        onResponse: (
          status: number,
          body: string,
          _c: unknown,
          headers: Record<string, string>,
        ) => {
          if (measuring && !didWork(status, body, headers)) noWork++;
        },
      }),
    },
  ] as unknown as autocannon.Request[];
  // Warm-up so JIT and caches settle before measuring.
  if (warmupSeconds > 0)
    await autocannon({
      url: base,
      connections: Math.min(10, connections),
      duration: warmupSeconds,
      requests,
    });
  const latencies: number[] = [];
  const firsts: number[] = [];
  const statuses: Record<string, number> = {};
  const rss = sampleRss(serverPid);
  measuring = true;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration: seconds, requests },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    // The first answer on each of the slice's new connections is counted (status, throughput) but
    // left out of the latencies: with 50 connections opened at once on this 2-core machine, the
    // server accepts some of them, or reads their first request, only after hundreds of ms while it
    // serves the others (seen server-side: accepted 246-614 ms late, first request read 220 ms
    // after accepting), so up to half the first answers took 0.5-1.9 s. That is the cost of opening
    // a connection under load, not of the page, and it fell hardest on the slowest pages.
    // (A scenario so slow that no connection answered twice keeps its first answers.)
    const answered = new Set<unknown>();
    instance.on('response', (client, status, _bytes, responseTime) => {
      if (answered.has(client)) {
        latencies.push(responseTime);
      } else {
        answered.add(client);
        firsts.push(responseTime);
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  if (failure) throw failure;
  return {
    latencies: latencies.length ? latencies : firsts,
    statuses,
    noWork,
    errors: result.errors + result.timeouts,
    peakRssMb: rss.stop(),
    seconds,
    connections,
  };
}

/** One scenario's slices (taken in rounds, between the other scenarios') as one measurement. */
export function summarize(name: string, slices: Slice[]): Measured {
  const sorted = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of slices)
    for (const [code, n] of Object.entries(s.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const mean = sorted.reduce((sum, l) => sum + l, 0) / sorted.length;
  return {
    name,
    requests: sorted.length,
    // Little's law for a closed loop (each connection sends its next request when the last one
    // answers): throughput = connections / mean latency. Counting completions instead would lose
    // the requests still in flight when a short slice ends, which for a slow scenario is most of them.
    rps: (slices[0]?.connections ?? 0) / (mean / 1000),
    completedPerSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    statuses,
    noWork: slices.reduce((sum, s) => sum + s.noWork, 0),
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
    peakRssMb: Math.max(...slices.map((s) => s.peakRssMb)),
  };
}
