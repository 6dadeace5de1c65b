import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {classifyEngineError} from '../../source/engine/engine-errors.js';
import {
	parseDockerDate,
	parseDockerImages,
	parseHumanSize,
	parsePodmanImages,
} from '../../source/engine/parse-images.js';

const DOCKER_LINES = [
	'{"Containers":"N/A","CreatedAt":"2026-12-03 19:25:59 +0000 UTC","CreatedSince":"4 seconds ago","Digest":"\\u003cnone\\u003e","ID":"5328304a5067","Repository":"localhost/tiny","SharedSize":"N/A","Size":"3.54kB","Tag":"1.0","UniqueSize":"N/A","VirtualSize":"3.536kB"}',
	'{"CreatedAt":"2026-11-01 10:00:00 +0200 EET","ID":"aaaaaaaaaaaa","Repository":"nginx","Size":"192MB","Tag":"latest"}',
	'{"CreatedAt":"2026-11-01 10:00:00 +0000 UTC","ID":"bbbbbbbbbbbb","Repository":"\\u003cnone\\u003e","Size":"1GB","Tag":"\\u003cnone\\u003e"}',
	'{"CreatedAt":"2026-11-01 10:00:00 +0000 UTC","ID":"aaaaaaaaaaaa","Repository":"nginx","Size":"192MB","Tag":"latest"}',
	'',
].join('\n');

const PODMAN_JSON = JSON.stringify([
	{
		Id: 'sha256:5328304a5067bbe5339f',
		Names: ['localhost/tiny:1.0', 'localhost/tiny:latest'],
		Size: 3536,
		Created: 1796325959,
	},
	{Id: 'sha256:cccccccccccc', Names: null, Size: 10, Created: 1700000000},
	{
		Id: 'sha256:dddddddddddd',
		Names: ['docker.io/library/nginx:latest'],
		Size: 192_000_000,
		Created: 1790000000,
	},
]);

describe('docker images', () => {
	it('parses one JSON object per line, hides <none>, removes duplicates, newest first', () => {
		const images = parseDockerImages(DOCKER_LINES);
		expect(images.map((i) => i.ref)).toEqual(['localhost/tiny:1.0', 'nginx:latest']);
		expect(images[0]).toMatchObject({
			repository: 'localhost/tiny',
			tag: '1.0',
			id: '5328304a5067',
			sizeBytes: 3540,
		});
		expect(images[0]!.createdAt?.toISOString()).toBe('2026-12-03T19:25:59.000Z');
		expect(images[1]!.createdAt?.toISOString()).toBe('2026-11-01T08:00:00.000Z');
	});
	it('reads human sizes and dates', () => {
		expect(parseHumanSize('52.4MB')).toBe(52_400_000);
		expect(parseHumanSize('0B')).toBe(0);
		expect(parseHumanSize('12 MiB')).toBe(12 * 1024 * 1024);
		expect(parseHumanSize('lots')).toBeUndefined();
		expect(parseDockerDate('yesterday')).toBeUndefined();
	});
});

describe('podman images', () => {
	it('parses the JSON array: one row per name, bytes, unix seconds, no dangling', () => {
		const images = parsePodmanImages(PODMAN_JSON);
		expect(images.map((i) => i.ref)).toEqual([
			'localhost/tiny:1.0',
			'localhost/tiny:latest',
			'docker.io/library/nginx:latest',
		]);
		expect(images[0]).toMatchObject({
			id: '5328304a5067',
			sizeBytes: 3536,
			repository: 'localhost/tiny',
			tag: '1.0',
		});
		expect(images[0]!.createdAt?.getTime()).toBe(1796325959 * 1000);
	});
	it('handles a registry with a port (the colon is not a tag)', () => {
		const [image] = parsePodmanImages(
			JSON.stringify([{Id: 'x', Names: ['127.0.0.1:5000/p/app'], Size: 1, Created: 1}]),
		);
		expect(image).toMatchObject({repository: '127.0.0.1:5000/p/app', tag: 'latest'});
	});
	it('an empty store is an empty list', () => {
		expect(parsePodmanImages('[]')).toEqual([]);
		expect(parsePodmanImages('')).toEqual([]);
	});
});

describe('garbage in', () => {
	it('never throws and returns only complete images', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				for (const image of [...parseDockerImages(text), ...parsePodmanImages(text)]) {
					expect(image.ref).toContain(':');
				}
			}),
		);
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				parsePodmanImages(JSON.stringify(value));
				parseDockerImages(JSON.stringify(value));
			}),
		);
	});
});

describe('engine errors', () => {
	it('tells a stopped daemon from a permission problem, with a fix', () => {
		expect(
			classifyEngineError(
				'docker',
				'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
			),
		).toMatchObject({state: 'down', fix: expect.stringContaining('systemctl')});
		expect(
			classifyEngineError(
				'docker',
				'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get ...',
			),
		).toMatchObject({state: 'permission', fix: expect.stringContaining('usermod -aG docker')});
		expect(classifyEngineError('podman', 'Error: something odd\nmore')).toMatchObject({
			state: 'error',
			message: 'Error: something odd',
		});
	});
});
