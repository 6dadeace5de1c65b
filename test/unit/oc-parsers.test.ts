import {describe, expect, it} from 'vitest';
import {tokenPageFor} from '../../source/rahti/cluster.js';
import {classifyOcError, firstLine} from '../../source/rahti/oc-errors.js';
import {parseOcVersion} from '../../source/rahti/oc-version.js';

describe('classifyOcError', () => {
	it.each([
		['error: You must be logged in to the server (Unauthorized)', 'unauthorized'],
		[
			'error: Missing or incomplete configuration info.  Please point to an existing, complete config file:',
			'no-config',
		],
		['Unable to connect to the server: dial tcp: lookup api.2.rahti.csc.fi: no such host', 'unreachable'],
		[
			'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
			'unreachable',
		],
		[
			'Error from server (Forbidden): imagestreams.image.openshift.io is forbidden: User "a" cannot list',
			'forbidden',
		],
		['Error from server (NotFound): imagestreamtags.image.openshift.io "a:1" not found', 'not-found'],
		['something else', 'unknown'],
	] as const)('%s → %s', (text, kind) => {
		expect(classifyOcError(text)).toBe(kind);
	});
	it('finds the first non-empty line', () => {
		expect(firstLine('\n  \nerror: x\nmore')).toBe('error: x');
	});
});

describe('parseOcVersion', () => {
	it('prefers the release version oc 4 reports', () => {
		expect(
			parseOcVersion('{"clientVersion":{"gitVersion":"v4.2.0-alpha"},"releaseClientVersion":"4.17.0-okd"}'),
		).toBe('4.17.0-okd');
		expect(parseOcVersion('{"clientVersion":{"gitVersion":"v4.2.0-alpha"}}')).toBe('v4.2.0-alpha');
		expect(parseOcVersion('not json')).toBeUndefined();
	});
});

describe('tokenPageFor', () => {
	it('derives the token page from the API server', () => {
		expect(tokenPageFor('https://api.2.rahti.csc.fi:6443')).toBe(
			'https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request',
		);
		expect(tokenPageFor(undefined)).toBe('https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request');
		expect(tokenPageFor('::bad')).toBe('https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request');
	});
});
