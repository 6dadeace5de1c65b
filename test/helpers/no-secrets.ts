// Proof that no secret was passed on a command line: the fake oc's argv log, plus a sampler that reads
// every process's argv from /proc while a test runs.

import {readdirSync, readFileSync} from 'node:fs';
import type {OcCall} from './fake-oc.js';

export function ocCallsContaining(calls: readonly OcCall[], secret: string): OcCall[] {
	return calls.filter((call) => call.argv.some((word) => word.includes(secret)));
}

function allArgv(): string[] {
	const found: string[] = [];
	for (const pid of readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			found.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
		} catch {
			// The process ended between listing and reading.
		}
	}
	return found;
}

/** Samples the process list every few ms until stopped; returns the command lines that held the secret. */
export function sampleProcessList(secret: string, everyMs = 5) {
	const leaks = new Set<string>();
	let samples = 0;
	const timer = setInterval(() => {
		samples++;
		for (const line of allArgv()) if (line.includes(secret)) leaks.add(line);
	}, everyMs);
	return {
		stop() {
			clearInterval(timer);
			return {leaks: [...leaks], samples};
		},
	};
}
