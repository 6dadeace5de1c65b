import {describe, expect, it} from 'vitest';
import {formatCommand, shellQuote} from '../../source/exec/command-line.js';
import {MASK, redact} from '../../source/exec/redact.js';

describe('redact', () => {
	it('masks known secrets wherever they appear', () => {
		expect(redact('token abc123 and abc123', ['abc123'])).toBe(`token ${MASK} and ${MASK}`);
	});
	it('masks anything shaped like an OpenShift token, known or not', () => {
		expect(redact('oc login --token=sha256~AbCdEfGh12345678_-x https://api')).not.toContain('AbCdEfGh');
	});
	it('masks values of password and token flags', () => {
		expect(redact('docker login -p hunter2 host')).toBe(`docker login -p ${MASK} host`);
		expect(redact('x --password=hunter2')).toBe(`x --password=${MASK}`);
	});
	it('leaves ordinary text alone', () => {
		expect(redact('podman push 127.0.0.1:5000/p/app:1.0', [''])).toBe('podman push 127.0.0.1:5000/p/app:1.0');
	});
});

describe('formatCommand', () => {
	it('quotes words a shell would split', () => {
		expect(shellQuote("it's")).toBe(`'it'\\''s'`);
		expect(formatCommand('docker', ['images', '--format', '{{json .}}'])).toBe(
			"docker images --format '{{json .}}'",
		);
	});
	it('never shows a secret argument', () => {
		expect(formatCommand('x', ['--token', 's3cret'], ['s3cret'])).toBe(`x --token ${MASK}`);
	});
});
