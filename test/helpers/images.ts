// Test images built FROM scratch with podman (no network): a tiny one, a ~50 MB one of five layers and
// a ~150 MB one to cancel,
// of random bytes (random, so no layer compresses away or is shared with another test's).

import {execFileSync, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const TINY_IMAGE = 'localhost/rahti-test-tiny:1.0';
export const BIG_IMAGE = 'localhost/rahti-test-big:2.0';
/** ~150 MB: a push long enough (several seconds) to cancel in the middle of it. */
export const SLOW_IMAGE = 'localhost/rahti-test-slow:1.0';

function imageExists(ref: string): boolean {
	return spawnSync('podman', ['image', 'exists', ref]).status === 0;
}

export function buildImage(ref: string, layers: number, layerBytes: number): void {
	const context = mkdtempSync(path.join(tmpdir(), 'rahti-test-image-'));
	try {
		const lines = ['FROM scratch'];
		for (let index = 0; index < layers; index++) {
			writeFileSync(path.join(context, `layer-${index}.bin`), randomBytes(layerBytes));
			lines.push(`COPY layer-${index}.bin /data/layer-${index}.bin`);
		}
		lines.push(`LABEL org.opencontainers.image.title="${ref}"`);
		writeFileSync(path.join(context, 'Containerfile'), lines.join('\n') + '\n');
		execFileSync('podman', ['build', '-q', '-t', ref, context], {stdio: ['ignore', 'ignore', 'pipe']});
	} finally {
		rmSync(context, {recursive: true, force: true});
	}
}

export function ensureTestImages(): void {
	if (!imageExists(TINY_IMAGE)) buildImage(TINY_IMAGE, 1, 4096);
	if (!imageExists(BIG_IMAGE)) buildImage(BIG_IMAGE, 5, 10 * 1024 * 1024);
	if (!imageExists(SLOW_IMAGE)) buildImage(SLOW_IMAGE, 3, 50 * 1024 * 1024);
}
