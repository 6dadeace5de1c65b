import {describe, expect, it} from 'vitest';
import {findImage} from '../../source/engine/find-image.js';
import type {LocalImage} from '../../source/engine/types.js';

const image = (ref: string): LocalImage => {
	const at = ref.lastIndexOf(':');
	return {
		ref,
		repository: ref.slice(0, at),
		tag: ref.slice(at + 1),
		id: ref,
		sizeBytes: 1,
		createdAt: undefined,
	};
};
const images = [
	'localhost/myapp:1.0',
	'localhost/myapp:2.0',
	'127.0.0.1:5000/proj/myapp:1.0',
	'docker.io/library/nginx:latest',
	'docker.io/library/nginx:1.27',
	'ghcr.io/org/tool:3',
	'localhost/solo:0.1',
].map(image);

describe('finding an image by the name a person types', () => {
	it('the full name, or without localhost/ or docker.io/library/', () => {
		expect(findImage(images, '127.0.0.1:5000/proj/myapp:1.0')?.ref).toBe('127.0.0.1:5000/proj/myapp:1.0');
		expect(findImage(images, 'myapp:1.0')?.ref).toBe('localhost/myapp:1.0');
		expect(findImage(images, 'nginx:1.27')?.ref).toBe('docker.io/library/nginx:1.27');
	});
	it('without a tag: latest, or the only tag', () => {
		expect(findImage(images, 'nginx')?.ref).toBe('docker.io/library/nginx:latest');
		expect(findImage(images, 'solo')?.ref).toBe('localhost/solo:0.1');
		expect(findImage(images, 'myapp')).toBeUndefined();
	});
	it('nothing for what is not there', () => {
		expect(findImage(images, 'myapp:3.0')).toBeUndefined();
		expect(findImage(images, 'tool:3')).toBeUndefined();
		expect(findImage(images, '')).toBeUndefined();
	});
});
