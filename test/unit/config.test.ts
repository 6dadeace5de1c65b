import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {configDirectory, openSettings, wantsCommands} from '../../source/config.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'rahti-config-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('settings', () => {
	it('lives under XDG_CONFIG_HOME or ~/.config', () => {
		expect(configDirectory({HOME: '/h'})).toBe('/h/.config/rahti-push');
		expect(configDirectory({HOME: '/h', XDG_CONFIG_HOME: '/x'})).toBe('/x/rahti-push');
	});

	it('remembers the engine and per-project choices under server URLs with dots', () => {
		const {settings, warning} = openSettings({RAHTI_PUSH_CONFIG_DIR: dir});
		expect(warning).toBeUndefined();
		settings.setEngine('docker');
		settings.rememberProject('https://api.2.rahti.csc.fi:6443', 'alice-web', {imageStream: 'app'});
		settings.rememberProject('https://api.2.rahti.csc.fi:6443', 'alice-web', {tag: '1.0'});
		const again = openSettings({RAHTI_PUSH_CONFIG_DIR: dir}).settings.read();
		expect(again.engine).toBe('docker');
		expect(again.clusters?.['https://api.2.rahti.csc.fi:6443']).toEqual({
			lastProject: 'alice-web',
			projects: {'alice-web': {imageStream: 'app', tag: '1.0'}},
		});
	});

	it('remembers the last image per cluster; the commands show until something was pushed', () => {
		const {settings} = openSettings({RAHTI_PUSH_CONFIG_DIR: dir});
		const server = 'https://api.2.rahti.csc.fi:6443';
		expect(wantsCommands(settings.read())).toBe(true);
		settings.rememberImage(server, 'localhost/app:2');
		expect(openSettings({RAHTI_PUSH_CONFIG_DIR: dir}).settings.cluster(server).lastImage).toBe(
			'localhost/app:2',
		);
		expect(wantsCommands(settings.read())).toBe(true);
		settings.rememberProject(server, 'p', {imageStream: 'app'});
		expect(wantsCommands(settings.read())).toBe(false);
		settings.setShowCommands(true);
		expect(wantsCommands(settings.read())).toBe(true);
	});

	it.each([
		['broken JSON', '{"engine": "pod'],
		['a schema violation', '{"engine": "rocket"}'],
	])('sets a damaged file (%s) aside with a warning instead of crashing', (_what, text) => {
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'config.json'), text);
		const {settings, warning} = openSettings({RAHTI_PUSH_CONFIG_DIR: dir}, new Date('2026-12-03T10:00:00Z'));
		expect(warning).toMatch(/damaged.*moved to/);
		expect(settings.read().engine).toBeUndefined();
		const aside = readdirSync(dir).find((name) => name.includes('damaged'));
		expect(aside).toBeDefined();
		expect(readFileSync(path.join(dir, aside!), 'utf8')).toBe(text);
		settings.setEngine('podman');
		expect(statSync(path.join(dir, 'config.json')).isFile()).toBe(true);
	});
});
