import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {classifyPushError} from '../../source/engine/push-errors.js';
import {
	applyOutput,
	initialPushProgress,
	parseAmount,
	pushTotals,
} from '../../source/engine/push-progress.js';
import {ptyWrap, stripAnsi} from '../../source/exec/pty-wrap.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('podman push on a terminal (captured from podman 4.3 through script)', () => {
	it('reads every layer, its bytes and its end', () => {
		const progress = applyOutput(initialPushProgress, fixture('podman-push-tty.txt'));
		expect(progress.layers.map((l) => [l.id, l.state])).toEqual([
			['07777808ea14', 'done'],
			['42e8ba4713b9', 'done'],
		]);
		expect(pushTotals(progress)).toEqual({
			current: 2 * 20_027_802,
			total: 2 * 20_027_802,
			finished: 2,
			layers: 2,
		});
		expect(progress.phase).toBe('manifest');
	});

	it('partway, it shows the bytes so far, across chunk boundaries', () => {
		const text = fixture('podman-push-tty.txt');
		const cut = text.indexOf('15.4MiB') + 3;
		let progress = applyOutput(initialPushProgress, text.slice(0, cut));
		progress = applyOutput(
			progress,
			text.slice(cut, text.indexOf('Copying blob 42e8ba4713b9 [====', cut) + 40),
		);
		const first = progress.layers.find((l) => l.id === '07777808ea14')!;
		expect(first).toMatchObject({
			state: 'pushing',
			current: parseAmount('15.4MiB'),
			total: parseAmount('19.1MiB'),
		});
	});

	it('layers already in the registry count as done, not as bytes', () => {
		const progress = applyOutput(
			initialPushProgress,
			'Copying blob e52183529278 skipped: already exists  \r\n',
		);
		expect(progress.layers).toEqual([{id: 'e52183529278', state: 'exists'}]);
		expect(pushTotals(progress)).toEqual({current: 0, total: 0, finished: 1, layers: 1});
	});

	it('without a terminal, layer starts only', () => {
		const progress = applyOutput(
			initialPushProgress,
			'Getting image source signatures\nCopying blob sha256:b0321a5b1eabacdb2824fb67199d3e802956054241c616c67365e0030a87b492\nCopying config sha256:5328\nWriting manifest to image destination\n',
		);
		expect(progress.layers).toEqual([{id: 'b0321a5b1eab', state: 'pushing'}]);
	});
});

describe('docker push on a terminal (docker CLI jsonmessage rendering of a Docker daemon stream; written by hand, podman cannot produce it)', () => {
	it('reads layer states, bytes and the digest', () => {
		const progress = applyOutput(initialPushProgress, fixture('docker-push-tty.txt'));
		expect(progress.layers.map((l) => [l.id, l.state])).toEqual([
			['5f70bf18a086', 'done'],
			['a3ed95caeb02', 'exists'],
			['9c27e219663c', 'exists'],
		]);
		expect(progress.digest).toBe('sha256:4a0f93fb0681ddfb97617fa1bb888327e6c71bf96e57ce1238fa034c47592070');
	});
	it('mid-way: bytes of the layer being pushed', () => {
		const progress = applyOutput(
			initialPushProgress,
			'5f70bf18a086: Pushing [=====>     ]  10.49MB/52.43MB\r\n',
		);
		expect(progress.layers[0]).toEqual({
			id: '5f70bf18a086',
			state: 'pushing',
			current: 10_490_000,
			total: 52_430_000,
		});
	});
});

describe('amounts', () => {
	it.each([
		['8.0b', 8],
		['1.8KiB', 1843],
		['19.1MiB', 20_027_802],
		['10.49MB', 10_490_000],
		['512B', 512],
		['1.2GB', 1_200_000_000],
	])('%s → %d', (text, bytes) => expect(parseAmount(text)).toBe(bytes));
	it('garbage is undefined, never a throw', () => {
		expect(parseAmount('lots')).toBeUndefined();
		fc.assert(fc.property(fc.string(), (text) => void applyOutput(initialPushProgress, text)));
	});
});

describe('push errors', () => {
	const classify = (text: string) => classifyPushError(text, 'image-registry.apps.2.rahti.csc.fi', 'p').kind;
	it.each([
		[
			'Error: writing blob: initiating layer upload to /v2/p/a/blobs/uploads/ in 127.0.0.1:5000: unauthorized: authentication required',
			'unauthorized',
		],
		['denied: requested access to the resource is denied', 'denied'],
		[
			'unknown: unexpected status from HEAD request to https://image-registry.apps.2.rahti.csc.fi/v2/P/N/manifests/sha256:abc: 500',
			'imagestream-missing',
		],
		['received unexpected HTTP status: 500 Internal Server Error', 'imagestream-missing'],
		['Error: trying to reuse blob … dial tcp 127.0.0.1:5000: connect: connection refused', 'unreachable'],
		['x509: certificate signed by unknown authority', 'tls'],
		[
			'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
			'engine-down',
		],
		['something new', 'unknown'],
	] as const)('%s → %s', (text, kind) => expect(classify(text)).toBe(kind));
});

describe('pty wrap', () => {
	it('util-linux script on Linux, BSD script on macOS, with a size so bars do not collapse', () => {
		expect(ptyWrap('linux', 'podman', ['push', 'a b'], {columns: 100, rows: 30})).toEqual({
			file: 'script',
			args: ['-qfec', "stty cols 100 rows 30 2>/dev/null; exec podman push 'a b'", '/dev/null'],
		});
		expect(ptyWrap('darwin', 'docker', ['push', 'x'])).toMatchObject({
			file: 'script',
			args: ['-q', '/dev/null', 'sh', '-c', expect.stringContaining('exec docker push x')],
		});
	});
	it('strips terminal control sequences', () => {
		expect(stripAnsi('\x1b[2A\x1b[JCopying blob x done\x1b[0m')).toBe('Copying blob x done');
	});
});
