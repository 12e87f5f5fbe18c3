// Runs a WASI command module under Node's `wasi` (Node 20+), with the
// current directory preopened as the program's working directory.
//   node wasi-run.js MODULE ARGS...        exits with the module's status
//   node wasi-run.js --batch MODULE JOBS   runs each job of the JSON list
//     JOBS ([{args, dir, stdout, stderr}]) against one compiled module and
//     prints each job's exit status on a line of its own as soon as the job
//     ends, so a caller whose Node process dies knows how far it got.
'use strict';
const fs = require('fs');
const { WASI } = require('wasi');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

// The engine runs wasm on its thread's native stack, so the depth of
// recursion a program reaches is bounded by that stack. The main thread's
// is small and fixed; a worker's is what it asks for.
const STACK_MB = 1024;

// A trap (a stack overflow, or a panic under panic=abort) ends the program
// like a signal would end a native one.
const TRAPPED = 134;

async function run(module, args, dir, fds) {
  const wasi = new WASI({
    version: 'preview1',
    args: ['main', ...args],
    env: {},
    preopens: { '.': dir },
    returnOnExit: true,
    ...fds,
  });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  try {
    return wasi.start(instance);
  } catch (e) {
    fs.writeSync(fds.stderr ?? 2, `wasm trap: ${e.message}\n`);
    return TRAPPED;
  }
}

async function main(argv) {
  if (argv[0] === '--batch') {
    const module = await WebAssembly.compile(fs.readFileSync(argv[1]));
    const jobs = JSON.parse(fs.readFileSync(argv[2], 'utf8'));
    const stdin = fs.openSync('/dev/null', 'r');
    for (const job of jobs) {
      const stdout = fs.openSync(job.stdout, 'w');
      const stderr = fs.openSync(job.stderr, 'w');
      const status = await run(module, job.args, job.dir, { stdin, stdout, stderr });
      fs.closeSync(stdout);
      fs.closeSync(stderr);
      fs.writeSync(1, `${status}\n`);
    }
    return 0;
  }
  const module = await WebAssembly.compile(fs.readFileSync(argv[0]));
  return run(module, argv.slice(1), process.cwd(), {});
}

if (isMainThread) {
  const worker = new Worker(__filename, {
    workerData: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_MB },
    stdout: false,
    stderr: false,
  });
  worker.on('message', (status) => { process.exitCode = status; });
  worker.on('error', (e) => { console.error(e); process.exitCode = 1; });
} else {
  main(workerData).then((status) => parentPort.postMessage(status));
}
