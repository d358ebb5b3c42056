'use strict';
/**
 * Preloaded into every process of a test (NODE_OPTIONS="--require <this file>", children inherit it): records
 * each TCP connection, UDP datagram and DNS look-up whose target is neither loopback nor one of the hosts the
 * project is configured to use, and refuses it, so that nothing leaves the machine even when a library tries.
 *
 * Plain CommonJS on purpose: it runs before any TypeScript loader is registered.
 *
 * OUTBOUND_TRAP_LOG: the file that receives one JSON line per event: `{"event":"loaded",...}` once per process
 * (so a test can tell that the trap was really in place), `{"event":"refused",...}` per attempt.
 * OUTBOUND_TRAP_ALLOWED_HOSTS: further hosts, comma separated, that count as configured services.
 */
// Loaded once per process, however often NODE_OPTIONS names it (a test run's and a test's own).
const LOADED = Symbol.for('justice-gateway.outboundTrap');
if (!globalThis[LOADED]) {
  globalThis[LOADED] = true;
  installTrap();
}

function installTrap() {
  const { appendFileSync } = require('node:fs');
  const net = require('node:net');
  const dns = require('node:dns');
  const dgram = require('node:dgram');

  const logFile = process.env.OUTBOUND_TRAP_LOG;
  const allowedHosts = new Set(
    ['localhost', ...(process.env.OUTBOUND_TRAP_ALLOWED_HOSTS ?? '').split(',')]
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );

  function isLoopback(host) {
    const bare = String(host)
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    return (
      bare === '::1' ||
      bare === '0.0.0.0' ||
      bare === '::' ||
      /^127\./.test(bare) ||
      /^::ffff:127\./.test(bare) ||
      allowedHosts.has(bare)
    );
  }

  function record(event) {
    if (!logFile) return;
    const line = {
      ...event,
      pid: process.pid,
      script: process.argv[1] ?? null,
      at: new Date().toISOString(),
    };
    appendFileSync(logFile, `${JSON.stringify(line)}\n`);
  }

  function refusal(kind, target) {
    record({ event: 'refused', kind, target, stack: new Error().stack?.split('\n').slice(2, 12) });
    const error = new Error(`outbound ${kind} to ${target} refused by the test's outbound trap`);
    error.code = 'ENOTFOUND';
    return error;
  }

  /** Where a Socket#connect call is going: { path } for IPC, { host, port } for TCP. */
  function connectTarget(args) {
    // net.connect hands over its normalised arguments as one array: [options, callback].
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (first && typeof first === 'object') {
      if (first.path) return { path: first.path };
      return { host: first.host ?? 'localhost', port: first.port };
    }
    if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
  }

  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function trappedConnect(...args) {
    const target = connectTarget(args);
    if (target.path || isLoopback(target.host)) return originalConnect.apply(this, args);
    const error = refusal('tcp', `${target.host}:${target.port}`);
    process.nextTick(() => this.destroy(error));
    return this;
  };

  const originalSend = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function trappedSend(...args) {
    // send(msg, [offset, length,] port, address, callback): the address is the first string after the message.
    const address = args.slice(1).find((argument) => typeof argument === 'string') ?? 'localhost';
    if (isLoopback(address)) return originalSend.apply(this, args);
    const error = refusal('udp', address);
    const callback = args.find((argument) => typeof argument === 'function');
    if (callback) process.nextTick(() => callback(error));
  };

  const LOOKUPS = [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCname',
    'resolveMx',
    'resolveNs',
    'resolveSrv',
    'resolveTxt',
    'reverse',
  ];

  /** Wraps the look-ups of a callback API (dns, dns.Resolver.prototype) so that other names are refused. */
  function trapCallbackLookups(target) {
    for (const name of LOOKUPS) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function trappedLookup(host, ...rest) {
        if (isLoopback(host)) return original.call(this, host, ...rest);
        const callback = rest.find((argument) => typeof argument === 'function');
        const error = refusal('dns', String(host));
        if (callback) process.nextTick(() => callback(error));
        return undefined;
      };
    }
  }

  /** Wraps the look-ups of a promise API (dns.promises, its Resolver.prototype). */
  function trapPromiseLookups(target) {
    for (const name of LOOKUPS) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function trappedLookup(host, ...rest) {
        if (isLoopback(host)) return original.call(this, host, ...rest);
        return Promise.reject(refusal('dns', String(host)));
      };
    }
  }

  trapCallbackLookups(dns);
  trapCallbackLookups(dns.Resolver.prototype);
  trapPromiseLookups(dns.promises);
  trapPromiseLookups(dns.promises.Resolver.prototype);

  record({ event: 'loaded' });
}
