import {describe, expect, it} from 'vitest';
import {formatAge} from '../../source/format/age.js';
import {formatSize} from '../../source/format/size.js';

describe('formatSize', () => {
	it.each([
		[0, '0 B'],
		[999, '999 B'],
		[3540, '3.5 kB'],
		[52_400_000, '52 MB'],
		[1_200_000_000, '1.2 GB'],
		[undefined, '?'],
	])('%s → %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});

describe('formatAge', () => {
	const now = new Date('2026-12-03T12:00:00Z');
	it.each([
		['2026-12-03T11:59:55Z', '5s'],
		['2026-12-03T11:57:00Z', '3m'],
		['2026-12-03T10:00:00Z', '2h'],
		['2026-11-29T12:00:00Z', '4d'],
		['2026-10-01T12:00:00Z', '9w'],
		['2024-01-01T00:00:00Z', '2y'],
		['2026-12-04T00:00:00Z', '0s'],
	])('%s → %s', (then, text) => expect(formatAge(new Date(then), now)).toBe(text));
	it('unknown is ?', () => expect(formatAge(undefined, now)).toBe('?'));
});
