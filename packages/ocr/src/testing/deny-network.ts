// Preloaded (node --import) into a process — and, through execArgv, into its worker threads — to make any network
// use fail loudly: the OCR must work with no network at all. Marks each attempt on stderr so a test can see it.
import dns from 'node:dns';
import net from 'node:net';
import { isMainThread } from 'node:worker_threads';

function refuse(what: string): never {
  process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
  throw new Error(`network use is not allowed here (${what})`);
}

process.stderr.write(`deny-network loaded (${isMainThread ? 'main thread' : 'worker thread'})\n`);
globalThis.fetch = ((input: unknown) => refuse(`fetch ${String(input)}`)) as typeof fetch;
net.Socket.prototype.connect = function connect(...args: unknown[]): never {
  return refuse(`socket ${JSON.stringify(args[0])}`);
} as never;
dns.lookup = ((hostname: string) => refuse(`dns ${hostname}`)) as unknown as typeof dns.lookup;
