import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseLoginInput} from '../../source/rahti/login-input.js';

const TOKEN = 'sha256~Zx9yH2kQvL3mN4pR5sT6uV7wX8yZ0aBcDeFgHiJkLmN';

describe('parseLoginInput', () => {
	it('takes a bare token', () => {
		expect(parseLoginInput(`  ${TOKEN}\n`)).toEqual({ok: true, value: {token: TOKEN}});
	});
	it('takes the web console "Copy login command" line', () => {
		expect(parseLoginInput(`oc login --token=${TOKEN} --server=https://api.2.rahti.csc.fi:6443`)).toEqual({
			ok: true,
			value: {token: TOKEN, server: 'https://api.2.rahti.csc.fi:6443'},
		});
	});
	it('takes the docs form with the server first and a spaced --token', () => {
		expect(parseLoginInput(`oc login https://api.2.rahti.csc.fi:6443 --token ${TOKEN}`)).toEqual({
			ok: true,
			value: {token: TOKEN, server: 'https://api.2.rahti.csc.fi:6443'},
		});
	});
	it('adds https:// to a bare server', () => {
		const result = parseLoginInput(`oc login api.example.org:6443 --token=${TOKEN}`);
		expect(result.ok && result.value.server).toBe('https://api.example.org:6443');
	});
	it('explains what is wrong with bad input', () => {
		expect(parseLoginInput('')).toMatchObject({ok: false, reason: expect.stringMatching(/Paste/)});
		expect(parseLoginInput('oc login https://api')).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/--token/),
		});
		expect(parseLoginInput('kubectl get pods')).toMatchObject({ok: false});
		expect(parseLoginInput('tok en"')).toMatchObject({ok: false});
	});
	it('never throws, whatever is pasted', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const result = parseLoginInput(text);
				expect(typeof result.ok).toBe('boolean');
			}),
		);
	});
});
