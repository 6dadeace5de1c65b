import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {classifyRemoteError, skopeoMessage} from '../../source/engine/remote-errors.js';
import {copyArgs, parseSkopeoInspect} from '../../source/engine/remote-image.js';
import {parseRemoteReference, RAHTI1_REGISTRY} from '../../source/engine/remote-reference.js';

const ref = (text: string) => {
	const parsed = parseRemoteReference(text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.reference;
};

describe('remote image references', () => {
	it('completes what people type: Docker Hub, library/, latest, docker://', () => {
		expect(ref('nginx')).toEqual({
			ref: 'docker.io/library/nginx:latest',
			registry: 'docker.io',
			repository: 'docker.io/library/nginx',
			tag: 'latest',
		});
		expect(ref('bitnami/redis:7.2').ref).toBe('docker.io/bitnami/redis:7.2');
		expect(ref('docker://ghcr.io/org/app:1.0')).toMatchObject({registry: 'ghcr.io', tag: '1.0'});
		expect(ref('127.0.0.1:5000/p/app:1').registry).toBe('127.0.0.1:5000');
		expect(ref(`${RAHTI1_REGISTRY}/proj/app:v2`).repository).toBe(`${RAHTI1_REGISTRY}/proj/app`);
	});
	it('keeps a digest and shows its start as the tag', () => {
		const digest = `sha256:${'ab'.repeat(32)}`;
		expect(ref(`ghcr.io/org/app@${digest}`)).toMatchObject({
			ref: `ghcr.io/org/app@${digest}`,
			tag: 'abababababab',
		});
	});
	it('says what is wrong with a bad name', () => {
		const problem = (text: string) => {
			const parsed = parseRemoteReference(text);
			return parsed.ok ? undefined : parsed.problem;
		};
		expect(problem('')).toContain('Type an image');
		expect(problem('ghcr.io/Org/app:1')).toContain('lowercase');
		expect(problem('app:-1')).toContain('a tag is');
		expect(problem('app@sha256:12')).toContain('64 hex');
		expect(problem('my app')).toContain('No spaces');
	});
	it('never throws, and what it accepts parses to itself', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const parsed = parseRemoteReference(text);
				if (parsed.ok) expect(ref(parsed.reference.ref)).toEqual(parsed.reference);
			}),
		);
	});
});

describe('skopeo', () => {
	it('reads skopeo inspect, with LayersData sizes where skopeo gives them', () => {
		const json = JSON.stringify({
			Digest: 'sha256:' + '1'.repeat(64),
			Created: '2026-11-30T10:00:00Z',
			Layers: ['sha256:a', 'sha256:b'],
			LayersData: [{Size: 1000}, {Size: 234}],
		});
		expect(parseSkopeoInspect(json, ref('ghcr.io/o/a:1'))).toMatchObject({
			digest: 'sha256:' + '1'.repeat(64),
			sizeBytes: 1234,
			layers: 2,
			createdAt: new Date('2026-11-30T10:00:00Z'),
		});
		expect(parseSkopeoInspect('{"Digest":"nope"}', ref('a'))).toBeUndefined();
		expect(parseSkopeoInspect('garbage', ref('a'))).toBeUndefined();
	});
	it('copies Rahti 1 images as OCI (as CSC’s guide does), others as they are; credentials from files only', () => {
		const rahti1 = copyArgs(`${RAHTI1_REGISTRY}/p/app:1`, 'r2/p/app:1', {
			authFile: '/tmp/x/config.json',
			digestFile: '/tmp/x/d',
		});
		expect(rahti1.slice(0, 3)).toEqual(['copy', '--format', 'oci']);
		const hub = copyArgs('docker.io/library/nginx:1.27', 'r2/p/nginx:1.27', {
			authFile: '/tmp/x/config.json',
			digestFile: '/tmp/x/d',
		});
		expect(hub).not.toContain('--format');
		expect(hub).toContain('--dest-authfile');
		expect(hub.join(' ')).not.toMatch(/--(src|dest)-creds|--creds/);
		expect(hub.slice(-2)).toEqual(['docker://docker.io/library/nginx:1.27', 'docker://r2/p/nginx:1.27']);
	});
	it('explains failures, with Rahti 1’s own advice', () => {
		const lookup = `Error parsing image name "docker://${RAHTI1_REGISTRY}/p/a:1": pinging container registry ${RAHTI1_REGISTRY}: Get "https://${RAHTI1_REGISTRY}/v2/": dial tcp: lookup ${RAHTI1_REGISTRY} on 10.0.0.53:53: no such host`;
		expect(classifyRemoteError(lookup, ref(`${RAHTI1_REGISTRY}/p/a:1`))).toMatchObject({
			kind: 'unreachable',
			fix: expect.stringContaining('Rahti 1 has been shut down'),
		});
		const auth = 'reading manifest 1 in ghcr.io/o/a: unauthorized: authentication required';
		expect(classifyRemoteError(auth, ref('ghcr.io/o/a:1'))).toMatchObject({
			kind: 'unauthorized',
			fix: expect.stringContaining('skopeo login ghcr.io'),
		});
		expect(classifyRemoteError(auth, ref(`${RAHTI1_REGISTRY}/p/a:1`)).fix).toContain('--password-stdin');
		expect(classifyRemoteError('manifest unknown: manifest unknown', ref('a:9')).kind).toBe('not-found');
		expect(classifyRemoteError('', ref('a'), true).fix).toContain('apt install skopeo');
	});
});

describe('skopeo messages', () => {
	it('drop the log decoration and keep the words', () => {
		const stderr =
			'time="2026-12-03T21:30:07Z" level=fatal msg="Error parsing image name \\"docker://h/x:1\\": pinging container registry h: dial tcp: lookup h: no such host"';
		expect(skopeoMessage(stderr)).toBe(
			'Error parsing image name "docker://h/x:1": pinging container registry h: dial tcp: lookup h: no such host',
		);
		expect(classifyRemoteError(stderr, ref('h.example/x:1')).message).toBe(
			'Cannot reach h.example (no such host).',
		);
		expect(skopeoMessage('plain words\n')).toBe('plain words');
	});
});
