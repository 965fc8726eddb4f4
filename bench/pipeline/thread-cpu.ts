// CPU seconds per kind of thread of a process, and of the PostgreSQL and Redis servers, read from /proc while a run
// goes on (a thread's or process's counters vanish when it ends, so the last value seen is kept). Linux only.
//
// Threads of a Node process all say "node" in /proc/<pid>/task/<tid>/comm except libuv's pool. They are told apart
// by when they were made: the main thread has tid = pid; the threads made before libuv's pool are V8's platform
// threads (concurrent garbage collection and compilation); the "node" threads made after it are worker threads (here:
// the OCR pool's tesseract.js workers).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ThreadCpu {
  main: number;
  v8Platform: number;
  libuvPool: number;
  workerThreads: number;
  other: number;
  /** PostgreSQL's server processes and redis-server, over the same time (other users' share included). */
  postgres: number;
  redis: number;
}

interface Seen {
  comm: string;
  ticks: number;
}

function ticksOf(statPath: string): number | null {
  try {
    // The command name is in parentheses and may hold spaces: read the fields after the last ')'.
    const stat = readFileSync(statPath, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  } catch {
    return null; // it ended between listing and reading
  }
}

function readComm(path: string): string {
  try {
    return readFileSync(path, 'latin1').trim();
  } catch {
    return '';
  }
}

function sampleThreads(pid: number, seen: Map<number, Seen>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    const ticks = ticksOf(`/proc/${pid}/task/${tid}/stat`);
    if (ticks === null) continue;
    const known = seen.get(Number(tid));
    seen.set(Number(tid), { comm: known?.comm || readComm(`/proc/${pid}/task/${tid}/comm`), ticks });
  }
}

function sampleServers(seen: Map<number, Seen>): void {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = seen.get(Number(entry))?.comm ?? readComm(`/proc/${entry}/comm`);
    if (comm !== 'postgres' && comm !== 'redis-server') continue;
    const ticks = ticksOf(`/proc/${entry}/stat`);
    if (ticks !== null) seen.set(Number(entry), { comm, ticks });
  }
}

/** Starts sampling every `intervalMs`; `stop()` returns the CPU seconds used since the start. */
export function sampleCpu(pid: number, intervalMs = 500): { stop(): ThreadCpu } {
  const threads = new Map<number, Seen>();
  const servers = new Map<number, Seen>();
  sampleServers(servers);
  const serversAtStart = new Map([...servers].map(([id, s]) => [id, s.ticks]));
  const sample = () => {
    sampleThreads(pid, threads);
    sampleServers(servers);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const firstLibuv = Math.min(
        ...[...threads].filter(([, s]) => s.comm === 'libuv-worker').map(([tid]) => tid),
        Number.POSITIVE_INFINITY,
      );
      const cpu: ThreadCpu = {
        main: 0,
        v8Platform: 0,
        libuvPool: 0,
        workerThreads: 0,
        other: 0,
        postgres: 0,
        redis: 0,
      };
      for (const [tid, { comm, ticks }] of threads) {
        const seconds = ticks / TICKS_PER_SECOND;
        if (tid === pid) cpu.main += seconds;
        else if (comm === 'libuv-worker') cpu.libuvPool += seconds;
        else if (comm === 'node' && tid < firstLibuv) cpu.v8Platform += seconds;
        else if (comm === 'node') cpu.workerThreads += seconds;
        else cpu.other += seconds;
      }
      for (const [id, { comm, ticks }] of servers) {
        const seconds = (ticks - (serversAtStart.get(id) ?? 0)) / TICKS_PER_SECOND;
        if (comm === 'postgres') cpu.postgres += seconds;
        else cpu.redis += seconds;
      }
      return cpu;
    },
  };
}
