// `npm run bench`: how fast rahti-push feels, measured on the built bundle (dist/).
//   1. cold start of `--version` and `--help` (no Ink may load there);
//   2. in a real pseudo-terminal, against the fake oc and a podman stand-in that lists 5,000 images:
//      time to the first frame, time until the 5,000 images are listed, and the delay from each typed
//      filter key to the screen showing its result;
//   3. the pure functions on the hot paths, bundled from source/ with esbuild: filtering 5,000 images,
//      parsing `podman images` for 5,000, and reading a long `podman push` output.
// NODE_EXTRA_CA_CERTS is unset in every child: on these machines it adds ~80 ms to each node start,
// which is the machine's cost, not the product's. Numbers are medians (and p95 where it matters).

import {spawnSync} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import xterm from '@xterm/headless';
import {spawn} from 'node-pty';
import YAML from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(root, 'dist', 'cli.js');
const env = {...process.env};
delete env.NODE_EXTRA_CA_CERTS;
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const ms = (value) => `${value.toFixed(1)} ms`;
const rows = [];
const report = (what, value, note = '') => {
	rows.push([what, value, note]);
	console.log(`${what.padEnd(46)} ${value.padStart(10)}  ${note}`);
};

// ---- 1. cold start --------------------------------------------------------------------------------
function timeCommand(args, runs = 15) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		const result = spawnSync(process.execPath, [CLI, ...args], {env, stdio: 'ignore'});
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
		if (result.status !== 0) throw new Error(`rahti-push ${args.join(' ')} exited ${result.status}`);
	}
	return times;
}
const nodeAlone = [];
for (let i = 0; i < 15; i++) {
	const start = process.hrtime.bigint();
	spawnSync(process.execPath, ['-e', '0'], {env});
	nodeAlone.push(Number(process.hrtime.bigint() - start) / 1e6);
}
console.log('rahti-push benchmark (NODE_EXTRA_CA_CERTS unset; medians of repeated runs)\n');
report('node -e 0 (for scale)', ms(median(nodeAlone)));
report('rahti-push --version', ms(median(timeCommand(['--version']))));
report('rahti-push --help', ms(median(timeCommand(['--help']))));

// ---- 2. in a pseudo-terminal ---------------------------------------------------------------------
const IMAGES = 5000;
const dir = mkdtempSync(path.join(tmpdir(), 'rahti-bench-'));
try {
	const home = path.join(dir, 'home');
	const bin = path.join(dir, 'bin');
	mkdirSync(bin, {recursive: true});
	mkdirSync(path.join(home, '.kube'), {recursive: true});
	symlinkSync(path.join(root, 'test', 'helpers', 'fake-oc', 'oc.mjs'), path.join(bin, 'oc'));
	const server = 'https://api.2.rahti.csc.fi:6443';
	const token = 'sha256~benchbenchbenchbenchbenchbenchbenchbench123';
	writeFileSync(
		path.join(dir, 'state.json'),
		JSON.stringify({server, tokens: {[token]: 'alice'}, projects: {}}),
	);
	writeFileSync(
		path.join(home, '.kube', 'config'),
		YAML.stringify({
			apiVersion: 'v1',
			kind: 'Config',
			clusters: [{name: 'c', cluster: {server}}],
			users: [{name: 'u', user: {token}}],
			contexts: [{name: 'x', context: {cluster: 'c', user: 'u'}}],
			'current-context': 'x',
		}),
		{mode: 0o600},
	);
	const list = Array.from({length: IMAGES}, (_, i) => ({
		Id: `sha256:${String(i).padStart(64, '0')}`,
		Names: [`localhost/service-${i}:v${i % 7}`],
		Size: 1_000_000 + i,
		Created: 1_790_000_000 + i,
	}));
	writeFileSync(path.join(dir, 'images.json'), JSON.stringify(list));
	// A podman stand-in: the real one would measure podman, not rahti-push.
	writeFileSync(
		path.join(bin, 'podman'),
		`#!/bin/sh\ncase "$1" in\n  version) echo 4.9.4 ;;\n  images) cat '${path.join(dir, 'images.json')}' ;;\n  *) exit 1 ;;\nesac\n`,
	);
	chmodSync(path.join(bin, 'podman'), 0o755);

	const childEnv = {
		...env,
		HOME: home,
		PATH: `${bin}:/usr/bin:/bin`,
		FAKE_OC_STATE: path.join(dir, 'state.json'),
		RAHTI_PUSH_CONFIG_DIR: path.join(home, 'config'),
		TERM: 'xterm-256color',
	};
	const runs = [];
	for (let run = 0; run < 5; run++) runs.push(await ptyRun(childEnv));
	report('first frame in a pty (header drawn)', ms(median(runs.map((r) => r.firstFrame))));
	report(`${IMAGES} images listed`, ms(median(runs.map((r) => r.listed))), 'oc and podman checks included');
	const keys = runs.flatMap((r) => r.keys);
	report('filter key → screen updated', ms(median(keys)), `p95 ${ms(p95(keys))}, ${keys.length} keys`);
	const quits = runs.map((r) => r.quit);
	report('Ctrl+C → process gone, terminal restored', ms(median(quits)));
} finally {
	rmSync(dir, {recursive: true, force: true});
}

async function ptyRun(childEnv) {
	const term = new xterm.Terminal({cols: 100, rows: 30, allowProposedApi: true});
	const start = performance.now();
	const pty = spawn(process.execPath, [CLI], {name: 'xterm-256color', cols: 100, rows: 30, env: childEnv});
	const waiters = new Set();
	pty.onData((data) => term.write(data, () => waiters.forEach((w) => w())));
	const exited = new Promise((resolve) => pty.onExit(resolve));
	const screen = () => {
		const lines = [];
		for (let y = 0; y < term.rows; y++)
			lines.push(term.buffer.active.getLine(y)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	const waitFor = (test) =>
		new Promise((resolve, reject) => {
			const check = () => {
				if (!test(screen())) return false;
				waiters.delete(check);
				clearTimeout(timer);
				resolve(performance.now());
				return true;
			};
			const timer = setTimeout(
				() => reject(new Error(`bench: timed out; the screen was:\n${screen()}`)),
				20_000,
			);
			if (!check()) waiters.add(check);
		});
	const firstFrame = (await waitFor((s) => s.includes('rahti-push'))) - start;
	const listed = (await waitFor((s) => s.includes(`${IMAGES} images`))) - start;
	const keys = [];
	// Each key narrows the filter: "service-42" then Backspace back out, so every key changes the list.
	const query = 'service-42';
	for (let i = 1; i <= query.length; i++) {
		const typed = query.slice(0, i);
		const sent = performance.now();
		pty.write(query[i - 1]);
		keys.push(
			(await waitFor((s) => s.includes(`filter› ${typed} `) && s.includes(`match "${typed}"`))) - sent,
		);
	}
	for (let i = query.length - 1; i >= 1; i--) {
		const typed = query.slice(0, i);
		const sent = performance.now();
		pty.write('\x7f');
		keys.push((await waitFor((s) => s.includes(`match "${typed}"`))) - sent);
	}
	const quitAt = performance.now();
	pty.write('\x03');
	await exited;
	return {firstFrame, listed, keys, quit: performance.now() - quitAt};
}

// ---- 3. pure functions ---------------------------------------------------------------------------
const entry = path.join(root, 'scripts', '.bench-entry.ts');
writeFileSync(
	entry,
	[
		"export {filterItems} from '../source/ui/filter-list/filter.js';",
		"export {parsePodmanImages} from '../source/engine/parse-images.js';",
		"export {applyOutput, initialPushProgress} from '../source/engine/push-progress.js';",
	].join('\n'),
);
const bundle = path.join(tmpdir(), `rahti-bench-${process.pid}.mjs`);
try {
	await build({
		entryPoints: [entry],
		outfile: bundle,
		bundle: true,
		format: 'esm',
		platform: 'node',
		logLevel: 'warning',
	});
} finally {
	rmSync(entry, {force: true});
}
const pure = await import(pathToFileURL(bundle).href);
rmSync(bundle, {force: true});

function timeIt(fn, runs = 30) {
	fn();
	const times = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return median(times);
}
const podmanJson = JSON.stringify(
	Array.from({length: IMAGES}, (_, i) => ({
		Id: `sha256:${i}`,
		Names: [`localhost/app-${i}:v1`],
		Size: i,
		Created: i,
	})),
);
const images = pure.parsePodmanImages(podmanJson);
report(`parse podman images (${IMAGES})`, ms(timeIt(() => pure.parsePodmanImages(podmanJson))));
report(`filter ${IMAGES} images, one key`, ms(timeIt(() => pure.filterItems(images, 'ap42', (i) => i.ref))));
const pushOutput = Array.from(
	{length: 2000},
	(_, i) => `Copying blob sha256:${String(i % 8).repeat(12)} [====>-----] ${(i % 100) / 10}MiB / 10.0MiB\r\n`,
).join('');
report(
	'read 2,000 lines of podman push output',
	ms(timeIt(() => pure.applyOutput(pure.initialPushProgress, pushOutput))),
);
