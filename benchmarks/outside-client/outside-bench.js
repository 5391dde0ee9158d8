#!/usr/bin/env node
// The outside benchmark (docs/benchmarks.md, "Write path from outside"): one gRPC client written
// in another language than the manager drives, in one run on one machine,
//   - the shipped image's manager (`bin/warren cluster init`, its own process, mutual TLS 1.3):
//     CreateService and GetService, and
//   - a single etcd member (Debian's etcd-server, its own process and data dir, fsync on as by
//     default, mutual TLS 1.3): Put and Range (linearizable),
// with the same connections, client counts and request bytes, and prints each ratio.
// Every process it starts it stops (SIGTERM, then SIGKILL after a grace period); nothing else.
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');

const DEFAULTS = {
  image: path.join(ROOT, 'dist', 'target', 'warren'),
  etcd: 'etcd',
  targets: 'warren,etcd',
  clients: '1,32,128',
  ops: 'create,get',
  connections: 8,
  seconds: 10,
  warmupSeconds: 3,
  jitWarmupSeconds: 30,
  rounds: 1,
  envBytes: 200,
  replicas: 3,
  keep: false,
};

const USAGE = `usage: outside-bench.js [options]
  --image DIR              the warren image (default dist/target/warren)
  --etcd PATH              the etcd binary (default: etcd on the PATH)
  --targets LIST           warren,etcd (default both); warren:LABEL=DIR adds another image
                           (e.g. a build of main) measured in the same run, phase by phase
  --clients LIST           closed-loop callers per phase (default 1,32,128)
  --ops LIST               create,get (default both)
  --connections N          TLS connections the callers share, at most one per caller (default 8)
  --seconds N              measured seconds per phase (default 10)
  --warmup-seconds N       unmeasured seconds before each phase (default 3)
  --jit-warmup-seconds N   creates, then as long gets, at 32 callers before any phase (default 30)
  --rounds N               repeat the whole comparison N times (default 1)
  --env-bytes N            size of the service's env value (default 200)
  --replicas N             replicas of each created service (default 3; 0 leaves the manager's
                           scheduler nothing to place, to time the write path alone)
  --keep                   keep the temp data directories
Extra JVM flags for the manager: WARREN_JAVA_OPTS (e.g. a flight recording).`;

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--image': options.image = path.resolve(next()); break;
      case '--etcd': options.etcd = next(); break;
      case '--targets': options.targets = next(); break;
      case '--clients': options.clients = next(); break;
      case '--ops': options.ops = next(); break;
      case '--connections': options.connections = positive(arg, next()); break;
      case '--seconds': options.seconds = positive(arg, next()); break;
      case '--warmup-seconds': options.warmupSeconds = nonNegative(arg, next()); break;
      case '--jit-warmup-seconds': options.jitWarmupSeconds = nonNegative(arg, next()); break;
      case '--rounds': options.rounds = positive(arg, next()); break;
      case '--env-bytes': options.envBytes = positive(arg, next()); break;
      case '--replicas': options.replicas = nonNegative(arg, next()); break;
      case '--keep': options.keep = true; break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  options.targetList = options.targets.split(',').map((t) => t.trim()).map((t) => {
    if (t === 'warren') return { name: 'warren', kind: 'warren', image: options.image };
    if (t === 'etcd') return { name: 'etcd', kind: 'etcd' };
    const other = /^warren:([A-Za-z0-9_-]+)=(.+)$/.exec(t);
    if (other) return { name: `warren:${other[1]}`, kind: 'warren', image: path.resolve(other[2]) };
    throw new Error(`unknown target ${t} (warren, etcd, warren:LABEL=DIR)`);
  });
  options.opList = options.ops.split(',').map((o) => o.trim());
  for (const o of options.opList) {
    if (o !== 'create' && o !== 'get') throw new Error(`unknown operation ${o} (create, get)`);
  }
  options.clientCounts = options.clients.split(',').map((c) => positive('--clients', c));
  return options;
}

function positive(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer: ${text}`);
  return n;
}

function nonNegative(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be >= 0: ${text}`);
  return n;
}

const loadOptions = { keepCase: false, longs: String, enums: String, defaults: false, oneofs: true };
const warrenProto = grpc.loadPackageDefinition(
  protoLoader.loadSync(path.join(ROOT, 'modules/adapters-grpc/src/main/proto/warren/v1/warren.proto'),
    { ...loadOptions, includeDirs: [path.join(ROOT, 'modules/adapters-grpc/src/main/proto')] }));
const etcdProto = grpc.loadPackageDefinition(
  protoLoader.loadSync(path.join(HERE, 'etcd-kv.proto'), loadOptions));

function loadAverage() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 10 ms). */
function processCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function log(message) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A child process this program started, and how to stop it. */
class Started {
  constructor(name, child, logFile) {
    this.name = name;
    this.child = child;
    this.logFile = logFile;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    // A manager in the background ignores SIGINT; SIGTERM runs its shutdown hook.
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited, sleep(30_000).then(() => null)]);
    if (stopped === null) {
      log(`${this.name} (pid ${this.child.pid}) ignored SIGTERM for 30 s; SIGKILL`);
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

const started = new Set();

async function stopAll() {
  for (const s of [...started]) {
    await s.stop();
    started.delete(s);
  }
}

function spawnLogged(name, command, args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = childProcess.spawn(command, args, { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const s = new Started(name, child, logFile);
  started.add(s);
  return s;
}

async function waitFor(what, deadlineMs, check, process) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (process && (process.child.exitCode !== null || process.child.signalCode !== null)) {
      throw new Error(`${what}: the process exited; see ${process.logFile}`);
    }
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not ready within ${deadlineMs / 1000} s`);
    await sleep(100);
  }
}

// ------------------------------------------------------------------ the two servers

async function startWarren(image, dir) {
  const launcher = path.join(image, 'bin', 'warren');
  if (!fs.existsSync(launcher)) {
    throw new Error(`no image at ${image}; build it (tools/bench outside builds it) or pass --image`);
  }
  const config = path.join(dir, 'config');
  const logFile = path.join(dir, 'manager.log');
  const manager = spawnLogged('warren manager', launcher, [
    'cluster', 'init', '--data-dir', path.join(dir, 'data'),
    '--listen', '127.0.0.1:0', '--raft-listen', '127.0.0.1:0', '--metrics-listen', '127.0.0.1:0',
  ], { ...process.env, XDG_CONFIG_HOME: config }, logFile);
  const startedAt = Date.now();
  const address = await waitFor('warren cluster init', 120_000, () => {
    const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    const api = /^API:\s+(\S+)/m.exec(text);
    return api && /Manager running/.test(text) ? api[1] : null;
  }, manager);
  const metrics = /^Metrics:\s+(\S+)/m.exec(fs.readFileSync(logFile, 'utf8'));
  log(`warren manager pid ${manager.child.pid} serving at ${address} after ${Date.now() - startedAt} ms`);
  const tls = path.join(config, 'warren', 'tls');
  const credentials = grpc.credentials.createSsl(
    fs.readFileSync(path.join(tls, 'ca.crt')),
    fs.readFileSync(path.join(tls, 'client.key')),
    fs.readFileSync(path.join(tls, 'client.crt')));
  return { process: manager, address, credentials, serverName: 'localhost', metricsUrl: metrics && metrics[1] };
}

function openssl(args, cwd) {
  childProcess.execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate, all P-256 like warren's. */
function etcdCertificates(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const key = (name) => openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`], dir);
  key('ca');
  openssl(['req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=bench-etcd-ca', '-days', '2', '-out', 'ca.crt'], dir);
  const leaf = (name, cn, ext) => {
    key(name);
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`], dir);
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
      '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.crt`], dir);
  };
  leaf('server', 'localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  leaf('client', 'bench', 'extendedKeyUsage=clientAuth\n');
  return dir;
}

async function startEtcd(options, dir) {
  const certs = etcdCertificates(path.join(dir, 'pki'));
  const clientPort = await freePort();
  const peerPort = await freePort();
  const clientUrl = `https://127.0.0.1:${clientPort}`;
  const peerUrl = `http://127.0.0.1:${peerPort}`;
  const logFile = path.join(dir, 'etcd.log');
  const etcd = spawnLogged('etcd', options.etcd, [
    '--name', 'bench', '--data-dir', path.join(dir, 'data'),
    '--listen-client-urls', clientUrl, '--advertise-client-urls', clientUrl,
    '--listen-peer-urls', peerUrl, '--initial-advertise-peer-urls', peerUrl,
    '--initial-cluster', `bench=${peerUrl}`, '--initial-cluster-state', 'new',
    '--cert-file', path.join(certs, 'server.crt'), '--key-file', path.join(certs, 'server.key'),
    '--trusted-ca-file', path.join(certs, 'ca.crt'), '--client-cert-auth',
    '--log-level', 'warn',
  ], process.env, logFile);
  const credentials = grpc.credentials.createSsl(
    fs.readFileSync(path.join(certs, 'ca.crt')),
    fs.readFileSync(path.join(certs, 'client.key')),
    fs.readFileSync(path.join(certs, 'client.crt')));
  const target = { process: etcd, address: `127.0.0.1:${clientPort}`, credentials, serverName: 'localhost' };
  const startedAt = Date.now();
  const probe = newConnections(target, 1, 'etcd')[0];
  await waitFor('etcd', 60_000, () => new Promise((resolve) => {
    probe.Range({ key: Buffer.from('probe') }, { deadline: Date.now() + 1000 }, (err) => resolve(!err));
  }), etcd);
  probe.close();
  log(`etcd pid ${etcd.child.pid} serving at ${target.address} after ${Date.now() - startedAt} ms`);
  return target;
}

/**
 * The manager's own view of an RPC: the count and summed duration of api_request_duration_seconds
 * for {@code method}, so that a phase can tell time spent in the server from time in the client.
 */
function serverTimer(url, method) {
  if (!url) return Promise.resolve(null);
  return new Promise((resolve) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        const value = (kind) => {
          const line = body.split('\n').find((l) => l.startsWith(`api_request_duration_seconds_${kind}{`)
            && l.includes(`method="${method}"`));
          return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : NaN;
        };
        resolve({ count: value('count'), sum: value('sum') });
      });
    }).on('error', () => resolve(null));
  });
}

// ------------------------------------------------------------------ load

function newConnections(target, count, kind) {
  const Stub = kind === 'etcd' ? etcdProto.etcdserverpb.KV : warrenProto.warren.v1.WarrenAPI;
  const connections = [];
  for (let i = 0; i < count; i++) {
    connections.push(new Stub(target.address, target.credentials, {
      'grpc.ssl_target_name_override': target.serverName,
      // A distinct option per channel so that grpc-js opens a connection per stub.
      'bench.connection': i,
      'grpc.use_local_subchannel_pool': 1,
    }));
  }
  return connections;
}

/** What one server is asked to do: the same request bytes for both. */
class Workload {
  constructor(kind, options, runTag) {
    this.kind = kind;
    this.runTag = runTag;
    this.env = 'x'.repeat(options.envBytes);
    this.replicas = options.replicas;
    this.sequence = 0;
    this.created = [];
  }

  createRequest(n) {
    return {
      name: `b${this.runTag}-${n}`,
      image: 'registry.example/bench/web:1.0',
      replicas: this.replicas,
      env: { PAYLOAD: this.env },
    };
  }

  create(stub, callback) {
    const n = this.sequence++;
    const request = this.createRequest(n);
    if (this.kind === 'warren') {
      stub.CreateService(request, (err, response) => {
        if (!err) this.created.push({ id: response.service.id });
        callback(err);
      });
    } else {
      // etcd stores the very bytes a CreateService request carries, under the service's name.
      const value = warrenProto.warren.v1.WarrenAPI.service.CreateService.requestSerialize(request);
      stub.Put({ key: Buffer.from(request.name), value }, (err) => {
        if (!err) this.created.push({ key: Buffer.from(request.name) });
        callback(err);
      });
    }
  }

  get(stub, callback) {
    const item = this.created[Math.floor(Math.random() * this.created.length)];
    if (this.kind === 'warren') {
      stub.GetService({ id: item.id }, (err, response) => {
        callback(err || (response.service && response.service.id === item.id ? null : new Error('wrong service')));
      });
    } else {
      stub.Range({ key: item.key }, (err, response) => {
        callback(err || (response.kvs && response.kvs.length === 1 ? null : new Error('key not found')));
      });
    }
  }
}

/** Closed loop: each caller sends its next call as soon as it has the answer to the previous one. */
function runPhase(connections, callers, seconds, call) {
  return new Promise((resolve) => {
    const latencies = [];
    let errors = 0;
    let firstError = null;
    let running = callers;
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.round(seconds * 1e9));
    const cpuStart = process.cpuUsage();
    const loop = (caller) => {
      const stub = connections[caller % connections.length];
      const sent = process.hrtime.bigint();
      if (sent >= end) {
        if (--running === 0) {
          const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
          const cpu = process.cpuUsage(cpuStart);
          resolve({ latencies, errors, firstError, elapsed, clientCpuMs: (cpu.user + cpu.system) / 1000 });
        }
        return;
      }
      call(stub, (err) => {
        if (err) {
          errors++;
          if (!firstError) firstError = err.message;
        } else {
          latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        }
        setImmediate(loop, caller);
      });
    };
    for (let c = 0; c < callers; c++) loop(c);
  });
}

function summarize(result) {
  const sorted = Float64Array.from(result.latencies).sort();
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return {
    opsPerSecond: result.latencies.length / result.elapsed,
    p50: at(0.5),
    p99: at(0.99),
    errors: result.errors,
    firstError: result.firstError,
    clientCpuMsPerOp: result.clientCpuMs / Math.max(1, result.latencies.length),
  };
}

/**
 * One round: every target is started and warmed up, then each phase (operation x callers) runs on
 * one target right after the other, so that the machine's load, which other work on it changes
 * minute by minute, is as alike as it can be for the two numbers of a ratio.
 */
async function runRound(options, round) {
  const servers = [];
  const rows = [];
  try {
    for (const { name, kind, image } of options.targetList) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `outside-bench-${kind}-`));
      const server = { name, kind, dir };
      servers.push(server);
      server.target = kind === 'warren' ? await startWarren(image, dir) : await startEtcd(options, dir);
      server.workload = new Workload(kind, options, `${round}${Date.now().toString(36)}`);
      const maxCallers = Math.max(...options.clientCounts);
      server.connections = newConnections(server.target, Math.min(options.connections, maxCallers), kind);
      server.calls = {
        create: (stub, done) => server.workload.create(stub, done),
        get: (stub, done) => server.workload.get(stub, done),
      };
    }
    for (const server of servers) {
      if (options.jitWarmupSeconds > 0) {
        // The JIT compiles the create and the get path before anything is measured.
        log(`${server.name}: warm-up, creates then gets at 32 callers (${options.jitWarmupSeconds} s each)`);
        for (const op of ['create', 'get']) {
          const warm = summarize(await runPhase(server.connections, 32, options.jitWarmupSeconds, server.calls[op]));
          log(`${server.name}: warm-up ${op} ${warm.opsPerSecond.toFixed(0)}/s, ${warm.errors} errors`);
        }
      }
    }
    for (const callers of options.clientCounts) {
      for (const op of options.opList) {
        for (const server of servers) {
          rows.push(await measurePhase(server, op, callers, options));
        }
      }
    }
  } finally {
    for (const server of servers) {
      for (const c of server.connections || []) c.close();
      if (server.target) await server.target.process.stop();
      if (!options.keep) fs.rmSync(server.dir, { recursive: true, force: true });
      else log(`kept ${server.dir}`);
    }
  }
  return rows;
}

async function measurePhase(server, op, callers, options) {
  const { name, kind, target } = server;
  const conns = server.connections.slice(0, Math.min(server.connections.length, callers));
  const call = server.calls[op];
  if (options.warmupSeconds > 0) await runPhase(conns, callers, options.warmupSeconds, call);
  const method = op === 'create' ? 'CreateService' : 'GetService';
  const timerBefore = kind === 'warren' ? await serverTimer(target.metricsUrl, method) : null;
  const loadBefore = loadAverage();
  const cpuBefore = processCpuSeconds(target.process.child.pid);
  const summary = summarize(await runPhase(conns, callers, options.seconds, call));
  const row = { name, kind, op, callers, ...summary, load: `${loadBefore} -> ${loadAverage()}` };
  row.serverCpuMsPerOp = (1000 * (processCpuSeconds(target.process.child.pid) - cpuBefore))
    / Math.max(1, summary.opsPerSecond * options.seconds);
  const timerAfter = timerBefore ? await serverTimer(target.metricsUrl, method) : null;
  row.serverMeanMs = timerAfter
    ? (1000 * (timerAfter.sum - timerBefore.sum)) / (timerAfter.count - timerBefore.count) : NaN;
  log(`${name} ${op} @${callers}: ${row.opsPerSecond.toFixed(0)}/s p50 ${row.p50.toFixed(2)} ms `
    + `p99 ${row.p99.toFixed(2)} ms, errors ${row.errors}${row.firstError ? ` (${row.firstError})` : ''}, `
    + `cpu ms/op server ${row.serverCpuMsPerOp.toFixed(3)} client ${row.clientCpuMsPerOp.toFixed(3)}, `
    + `${Number.isFinite(row.serverMeanMs) ? `server mean ${row.serverMeanMs.toFixed(2)} ms, ` : ''}load ${row.load}`);
  return row;
}

function fmt(n, digits = 0) {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function printTable(allRounds, options) {
  const ops = { create: 'CreateService vs Put', get: 'GetService vs Range' };
  const warrens = options.targetList.filter((t) => t.kind === 'warren').map((t) => t.name);
  console.log('');
  console.log('| round | operation | clients | manager | manager ops/s (p50/p99 ms; server cpu ms/op) '
    + '| etcd ops/s (p50/p99 ms; server cpu ms/op) | ratio | load avg (1/5/15 min) before the phase |');
  console.log('|---|---|---|---|---|---|---|---|');
  const ratios = new Map();
  let failed = false;
  const cell = (r) => (r ? `${fmt(r.opsPerSecond)} (${fmt(r.p50, 2)}/${fmt(r.p99, 2)}; `
    + `${fmt(r.serverCpuMsPerOp, 2)})${r.errors ? ` ${r.errors} errors` : ''}` : '-');
  allRounds.forEach((rows, round) => {
    if (rows.some((r) => r.errors)) failed = true;
    for (const op of options.opList) {
      for (const callers of options.clientCounts) {
        const e = rows.find((r) => r.kind === 'etcd' && r.op === op && r.callers === callers);
        for (const name of warrens.length ? warrens : [null]) {
          const w = rows.find((r) => r.name === name && r.op === op && r.callers === callers);
          const ratio = w && e ? w.opsPerSecond / e.opsPerSecond : NaN;
          const key = `${name || 'warren'} ${op}@${callers}`;
          if (!ratios.has(key)) ratios.set(key, []);
          if (Number.isFinite(ratio)) ratios.get(key).push(ratio);
          const load = (w || e) ? (w || e).load.split(' -> ')[0] : '-';
          console.log(`| ${round + 1} | ${ops[op]} | ${callers} | ${name || '-'} | ${cell(w)} | ${cell(e)} `
            + `| ${fmt(ratio, 2)} | ${load} |`);
        }
      }
    }
  });
  console.log('');
  for (const [key, list] of ratios) {
    if (list.length) {
      console.log(`ratio ${key}: ${list.map((r) => r.toFixed(2)).join(', ')} `
        + `(min ${Math.min(...list).toFixed(2)}, max ${Math.max(...list).toFixed(2)})`);
    }
  }
  console.log(`load average now: ${loadAverage()}; cores: ${os.cpus().length}`);
  return failed;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      log(`${signal}: stopping what this benchmark started`);
      stopAll().finally(() => process.exit(130));
    });
  }
  log(`load average at start: ${loadAverage()}`);
  const allRounds = [];
  for (let round = 0; round < options.rounds; round++) {
    allRounds.push(await runRound(options, round));
  }
  const failed = printTable(allRounds, options);
  if (failed) {
    console.error('some calls failed (see the log above)');
    process.exitCode = 1;
  }
}

main().catch(async (err) => {
  console.error(`outside-bench: ${err.message}`);
  await stopAll();
  process.exit(1);
});
