import {describe, expect, it} from 'vitest';
import {chooseMode, type CliFlags} from '../../source/flow/choose-mode.js';

const flags = (patch: Partial<CliFlags> = {}): CliFlags => ({
	dryRun: false,
	practice: false,
	plain: false,
	json: false,
	save: true,
	deploy: true,
	yes: false,
	...patch,
});
const all = {image: 'a:1', project: 'p', access: 'private', deployment: 'web'};

describe('which mode a run is in', () => {
	it('a terminal gets the full-screen wizard, with the flags it was given as its preselections', () => {
		expect(chooseMode(flags({image: 'a:1'}), {}, true)).toMatchObject({
			kind: 'interactive',
			options: {choices: {image: 'a:1'}, dryRun: false},
		});
	});
	it('--plain and TERM=dumb ask one question at a time, terminal or not', () => {
		expect(chooseMode(flags({plain: true}), {}, true).kind).toBe('plain');
		expect(chooseMode(flags(), {TERM: 'dumb'}, true).kind).toBe('plain');
		expect(chooseMode(flags(), {TERM: 'dumb'}, false).kind).toBe('plain');
	});
	it('no terminal, --json, or every flag with --yes: no questions', () => {
		expect(chooseMode(flags(), {}, false).kind).toBe('batch');
		expect(chooseMode(flags({json: true}), {}, true).kind).toBe('batch');
		expect(chooseMode(flags({...all, yes: true}), {}, true).kind).toBe('batch');
		expect(chooseMode(flags({...all}), {}, true).kind).toBe('interactive');
	});
	it('a bad flag is an error before anything runs', () => {
		expect(chooseMode(flags({access: 'world'}), {}, true)).toMatchObject({kind: 'error'});
		expect(chooseMode(flags({image: 'a:1', from: 'ghcr.io/o/a:1'}), {}, true)).toMatchObject({
			kind: 'error',
			message: expect.stringContaining('contradict'),
		});
	});
});
