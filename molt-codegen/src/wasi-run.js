// Runs a WASI command module under Node's `wasi` (Node 20+), with the
// current directory preopened as the program's working directory.
//   node wasi-run.js MODULE ARGS...        exits with the module's status
//   node wasi-run.js --batch MODULE JOBS   runs each job of the JSON list
//     JOBS ([{args, dir, stdout, stderr}]) against one compiled module and
//     prints each job's exit status on a line of its own as soon as the job
//     ends, so a caller whose Node process dies knows how far it got.
//
// Each run has a worker thread of its own, which the program's exit ends
// (`returnOnExit: false`). Returning from `proc_exit` instead throws through
// the program's frames, and V8 (Node 20) can crash unwinding them.
'use strict';
const fs = require('fs');
const { WASI } = require('wasi');
const { Worker, isMainThread, workerData } = require('worker_threads');

// The engine runs wasm on its thread's native stack, so the depth of
// recursion a program reaches is bounded by that stack. The main thread's
// is small and fixed; a worker's is what it asks for.
const STACK_MB = 1024;

// A trap (a stack overflow, or a panic under panic=abort) ends the program
// like a signal would end a native one.
const TRAPPED = 134;

// In a worker: runs the module once; the worker's exit code is its status.
function runHere({ module, args, dir, stdout, stderr }) {
  const fds = {};
  if (stdout !== undefined) {
    fds.stdin = fs.openSync('/dev/null', 'r');
    fds.stdout = fs.openSync(stdout, 'w');
    fds.stderr = fs.openSync(stderr, 'w');
  }
  const wasi = new WASI({
    version: 'preview1',
    args: ['main', ...args],
    env: {},
    preopens: { '.': dir },
    returnOnExit: false,
    ...fds,
  });
  const imports = wasi.getImportObject();
  // Node's own `proc_exit` (with `returnOnExit: false`) ends the whole
  // process; a worker's `process.exit` ends just this run.
  imports.wasi_snapshot_preview1.proc_exit = (status) => process.exit(status);
  WebAssembly.instantiate(module, imports).then((instance) => {
    try {
      // A program whose main returns 0 ends here, without `proc_exit`.
      wasi.start(instance);
      process.exit(0);
    } catch (e) {
      fs.writeSync(fds.stderr ?? 2, `wasm trap: ${e.message}\n`);
      process.exit(TRAPPED);
    }
  });
}

// In the main thread: runs a job in a worker and resolves to its status.
function inWorker(job) {
  return new Promise((resolve) => {
    const worker = new Worker(__filename, {
      workerData: job,
      resourceLimits: { stackSizeMb: STACK_MB },
      stdout: false,
      stderr: false,
    });
    let failed = false;
    worker.on('error', (e) => {
      console.error(e);
      failed = true;
    });
    worker.on('exit', (code) => resolve(failed ? 1 : code));
  });
}

async function main(argv) {
  if (argv[0] === '--batch') {
    const module = await WebAssembly.compile(fs.readFileSync(argv[1]));
    const jobs = JSON.parse(fs.readFileSync(argv[2], 'utf8'));
    for (const job of jobs) {
      const status = await inWorker({ module, ...job });
      fs.writeSync(1, `${status}\n`);
    }
    return 0;
  }
  const module = await WebAssembly.compile(fs.readFileSync(argv[0]));
  return inWorker({ module, args: argv.slice(1), dir: process.cwd() });
}

if (isMainThread) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
} else {
  runHere(workerData);
}
