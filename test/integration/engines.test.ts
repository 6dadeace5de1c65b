// Step 2 against real podman and the real docker CLI (talking to podman's Docker-compatible API).

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {detectEngine, detectEngines, preferredEngine} from '../../source/engine/detect.js';
import {listImages} from '../../source/engine/list-images.js';
import {createRunner} from '../../source/exec/runner.js';
import {BIG_IMAGE, TINY_IMAGE} from '../helpers/images.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
beforeAll(async () => {
	bed = await createTestBed({podmanService: true});
});
afterAll(async () => bed.cleanup());

describe('engines', () => {
	it('finds both podman and docker ready', async () => {
		const statuses = await detectEngines(createRunner(bed.env()));
		expect(statuses.map((s) => [s.engine, s.state])).toEqual([
			['podman', 'ready'],
			['docker', 'ready'],
		]);
		expect(preferredEngine(statuses, 'docker')).toBe('docker');
		expect(preferredEngine(statuses)).toBe('podman');
	});

	it.each(['podman', 'docker'] as const)('lists the test images with %s', async (engine) => {
		const result = await listImages(createRunner(bed.env()), engine);
		if (!result.ok) throw new Error(result.message);
		const refs = result.images.map((image) => image.ref);
		expect(refs).toContain(TINY_IMAGE);
		expect(refs).toContain(BIG_IMAGE);
		expect(new Set(refs).size).toBe(refs.length);
		const big = result.images.find((image) => image.ref === BIG_IMAGE)!;
		expect(big.sizeBytes).toBeGreaterThan(50_000_000);
		expect(big.createdAt).toBeInstanceOf(Date);
	});

	it('docker with no daemon says so, with the fix', async () => {
		const env = {...bed.env(), DOCKER_HOST: `unix://${bed.dir}/nothing-here.sock`};
		const status = await detectEngine(createRunner(env), 'docker');
		expect(status).toMatchObject({state: 'down', fix: expect.stringContaining('podman')});
	});

	it('an engine that is not installed is missing', async () => {
		const status = await detectEngine(createRunner({...bed.env(), PATH: '/nonexistent'}), 'podman');
		expect(status).toEqual({engine: 'podman', state: 'missing'});
	});
});
