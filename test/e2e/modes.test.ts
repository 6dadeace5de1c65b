// The modes of issue 5, run as a user runs them: the built CLI without a terminal (flags, --json,
// --plain with answers piped in, --dry-run and the script it writes), against the fake oc, real podman
// and the real registry.

import {execFileSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {execa} from 'execa';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {TINY_IMAGE} from '../helpers/images.js';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {freePort} from '../helpers/ports.js';
import {CLI} from '../helpers/pty.js';
import {startSourceRegistry} from '../helpers/source-registry.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(async () => {
	await bed?.cleanup();
	bed = undefined;
});

/** The CLI with no terminal: stdin is a pipe (empty unless `input` is given). */
function rahtiPush(env: NodeJS.ProcessEnv, args: string[], input = '') {
	return execa(process.execPath, [CLI, ...args], {env, input, reject: false, timeout: 90_000});
}

const FULL = [
	'--image',
	TINY_IMAGE,
	'--engine',
	'podman',
	'--project',
	'alice-web',
	'--access',
	'authenticated',
	'--deployment',
	'web',
];

describe('non-interactive', () => {
	it(
		'with every flag: pushes, sets access, deploys, exits 0, and --json parses',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			const sampler = sampleProcessList(bed.token);
			const result = await rahtiPush(bed.env(), [...FULL, '--json']);
			const {leaks} = sampler.stop();
			expect(result.stderr).toContain('✔ pushed and verified');
			expect(result.exitCode).toBe(0);
			const json = JSON.parse(result.stdout);
			const head = await bed.registry!.api('HEAD', '/v2/alice-web/rahti-test-tiny/manifests/1.0');
			expect(head.status).toBe(200);
			expect(json).toMatchObject({
				ok: true,
				dryRun: false,
				user: 'alice',
				project: 'alice-web',
				imageStream: 'rahti-test-tiny',
				tag: '1.0',
				digest: head.headers['docker-content-digest'],
				pullSpecs: {
					public: `${bed.registry!.host}/alice-web/rahti-test-tiny:1.0`,
					internal: 'image-registry.openshift-image-registry.svc:5000/alice-web/rahti-test-tiny:1.0',
				},
				access: {level: 'authenticated'},
				deploy: {deployment: 'web', container: 'web', rollout: 'rolled-out'},
			});
			const project = bed.oc.read().projects['alice-web']!;
			expect(project.rolebindings!.find((b) => b.role === 'system:image-puller')?.subjects).toEqual([
				{kind: 'Group', name: 'system:authenticated'},
			]);
			expect(project.deployments!.web!.annotations!['image.openshift.io/triggers']).toContain(
				'rahti-test-tiny:1.0',
			);
			expect(leaks).toEqual([]);
			expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
			expect(result.stdout + result.stderr).not.toContain(bed.token);
		},
	);

	it('prints progress as lines and the summary, and remembers the choices (not with --no-save)', async () => {
		bed = await createTestBed({registry: true});
		const config = path.join(bed.home, '.config', 'rahti-push', 'config.json');
		const unsaved = await rahtiPush(bed.env(), [
			...FULL.slice(0, 6),
			'--no-access',
			'--no-deploy',
			'--no-save',
		]);
		expect(unsaved.exitCode).toBe(0);
		expect(unsaved.stdout).toContain('  $ oc create imagestream rahti-test-tiny -n alice-web');
		expect(() => statSync(config)).toThrow();
		const result = await rahtiPush(bed.env(), [
			...FULL.slice(0, 6),
			'--no-access',
			'--no-deploy',
			'--tag',
			'2',
		]);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('✔ logged in as alice on https://api.2.rahti.csc.fi:6443');
		expect(result.stdout).toContain('✔ access left as it was');
		expect(result.stdout).toContain('rahti-push: what was done');
		const saved = JSON.parse(readFileSync(config, 'utf8'));
		expect(saved.engine).toBe('podman');
		expect(saved.clusters['https://api.2.rahti.csc.fi:6443'].projects['alice-web']).toMatchObject({
			imageStream: 'rahti-test-tiny',
			tag: '2',
		});
		expect(readFileSync(config, 'utf8')).not.toContain(bed.token);
		const shown = await rahtiPush(bed.env(), ['config']);
		expect(shown.stdout.split('\n')[0]).toBe(config);
		expect(shown.stdout).toContain('"lastProject"');
		const reset = await rahtiPush(bed.env(), ['config', 'reset', 'alice-web']);
		expect(reset.stdout).toContain('Forgot the choices for project alice-web');
		expect(
			JSON.parse(readFileSync(config, 'utf8')).clusters['https://api.2.rahti.csc.fi:6443'].projects,
		).toEqual({});
	});

	it('missing flags: exit 2, naming exactly what is missing; --json says the same', async () => {
		bed = await createTestBed();
		const result = await rahtiPush(bed.env(), ['--image', TINY_IMAGE, '--no-deploy', '--json']);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain('--project PROJECT');
		expect(result.stderr).toContain('--access private|authenticated|public, or --no-access');
		expect(result.stderr).not.toContain('--image IMAGE');
		expect(result.stderr).not.toContain('--deployment NAME');
		expect(JSON.parse(result.stdout)).toMatchObject({ok: false, code: 2, missing: expect.any(Array)});
		expect(bed.oc.calls()).toEqual([]);
	});

	it.each([
		{why: 'a bad --access value', args: ['--access', 'everyone'], code: 2, says: '--access must be private'},
		{
			why: 'an image that is not there',
			args: ['--image', 'nope:1'],
			code: 2,
			says: 'No image "nope:1" in podman',
		},
		{
			why: 'a project that is not yours',
			args: ['--project', 'someone-else'],
			code: 2,
			says: 'no project "someone-else"',
		},
		{
			why: 'a deployment that is not there',
			args: ['--deployment', 'nope'],
			code: 2,
			says: 'No deployment "nope"',
		},
		{
			why: 'a docker with no engine',
			args: ['--engine', 'docker'],
			code: 4,
			says: 'No usable container engine',
		},
	])('$why: exit $code and a one-line reason', {timeout: 60_000}, async ({args, code, says}) => {
		bed = await createTestBed({registry: true});
		const env = bed.env();
		env.DOCKER_HOST = `unix://${path.join(bed.dir, 'no-such.sock')}`;
		const flags = [...FULL];
		for (let index = 0; index < args.length; index += 2) {
			const at = flags.indexOf(args[index]!);
			flags[at + 1] = args[index + 1]!;
		}
		const result = await rahtiPush(env, flags);
		expect(result.exitCode).toBe(code);
		const reason = result.stderr.trim().split('\n').at(-1)!;
		expect(reason).toMatch(/^rahti-push: /);
		expect(reason).toContain(says);
	});

	it('not logged in: exit 3 with where to get a token', async () => {
		bed = await createTestBed({loggedIn: false});
		const result = await rahtiPush(bed.env(), FULL);
		expect(result.exitCode).toBe(3);
		expect(result.stderr).toContain('https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request');
	});

	it('a failing rollout: exit 7, with the events', {timeout: 120_000}, async () => {
		bed = await createTestBed({
			registry: true,
			state: (state) => {
				state.projects['alice-web']!.deployments!.web!.rollout = {mode: 'fail'};
			},
		});
		const result = await rahtiPush(bed.env(), FULL);
		expect(result.exitCode).toBe(7);
		expect(result.stderr).toContain('The rollout of web failed');
		expect(result.stdout).toMatch(/progress deadline/);
	});
});

describe('--from: a remote image, copied with skopeo', () => {
	it(
		'touches no local engine: inspects, copies, verifies; --json says skopeo',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			const source = await startSourceRegistry(bed);
			try {
				const env = source.env;
				const image = source.push(TINY_IMAGE, 'lab/tool:0.9');
				const result = await rahtiPush(env, [
					'--from',
					image,
					'--project',
					'alice-web',
					'--no-access',
					'--no-deploy',
					'--json',
				]);
				expect(result.exitCode, result.stderr).toBe(0);
				expect(result.stderr).toContain('  $ skopeo inspect --no-tags docker://');
				expect(result.stderr).not.toContain('podman images');
				const json = JSON.parse(result.stdout);
				const head = await bed.registry!.api('HEAD', '/v2/alice-web/tool/manifests/0.9');
				expect(json).toMatchObject({engine: 'skopeo', imageStream: 'tool', tag: '0.9'});
				expect(json.digest).toBe(head.headers['docker-content-digest']);
			} finally {
				await source.registry.stop();
			}
		},
	);

	it('a bad or unreachable source: exit 2 or 4, saying what to do', async () => {
		bed = await createTestBed();
		const bad = await rahtiPush(bed.env(), ['--from', 'ghcr.io/Org/app', '--project', 'alice-web']);
		expect(bad.exitCode).toBe(2);
		expect(bad.stderr).toContain('lowercase');
		const port = await freePort();
		const gone = await rahtiPush(bed.env(), [
			'--from',
			`127.0.0.1:${port}/p/app:1`,
			'--project',
			'alice-web',
			'--no-access',
			'--no-deploy',
		]);
		expect(gone.exitCode).toBe(4);
		expect(gone.stderr).toContain(`Cannot reach 127.0.0.1:${port}`);
	});
});

describe('--plain', () => {
	it('asks one question at a time, with the answers piped in', {timeout: 120_000}, async () => {
		bed = await createTestBed({registry: true});
		// image: by its name · project: number 2 (alice-web) · name and tag: the defaults ·
		// access: 2 (all logged-in users) · deployment: by name · the container is the only one.
		const answers = ['rahti-test-tiny:1.0', '2', '', '', '2', 'web'].join('\n');
		const result = await rahtiPush(bed.env(), ['--plain', '--engine', 'podman'], `${answers}\n`);
		expect(result.stderr, result.stdout).toBe('');
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('Images in podman:');
		expect(result.stdout).toContain('Your projects:');
		expect(result.stdout).toContain('Image stream name [rahti-test-tiny]: ');
		expect(result.stdout).toContain('Who may pull the images?');
		expect(result.stdout).toContain('deployment web rolled out');
		// No screen control codes: it reads well in a log or a screen reader.
		expect(result.stdout).not.toContain('\x1b[');
		expect(bed.oc.read().projects['alice-web']!.deployments!.web!.annotations).toBeDefined();
	});

	it('offers a remote image too, copied with skopeo', {timeout: 120_000}, async () => {
		bed = await createTestBed({registry: true});
		const source = await startSourceRegistry(bed);
		try {
			const image = source.push(TINY_IMAGE, 'lab/plain:1.2');
			const answers = ['remote image instead', image, 'alice-web', '', '', 'Skip', 'Skip'].join('\n');
			const result = await rahtiPush(source.env, ['--plain', '--engine', 'podman'], `${answers}\n`);
			expect(result.stderr, result.stdout).toBe('');
			expect(result.stdout).toContain('A remote image instead (copied with skopeo)');
			expect(result.stdout).toContain(`✔ image ${image} (remote: copied with skopeo)`);
			expect(result.exitCode).toBe(0);
			const head = await bed.registry!.api('HEAD', '/v2/alice-web/plain/manifests/1.2');
			expect(head.status).toBe(200);
		} finally {
			await source.registry.stop();
		}
	});

	it(
		'with no working engine, it says so and asks for a remote image instead',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			const source = await startSourceRegistry(bed);
			try {
				const image = source.push(TINY_IMAGE, 'lab/nodocker:1');
				const env = {...source.env, DOCKER_HOST: `unix://${path.join(bed.dir, 'gone.sock')}`};
				const answers = [image, 'alice-web', '', '', 'Skip', 'Skip'].join('\n');
				const result = await rahtiPush(env, ['--plain', '--engine', 'docker'], `${answers}\n`);
				expect(result.stdout).toContain('No usable container engine (docker was asked for)');
				expect(result.stdout).toContain('Remote image to copy with skopeo');
				expect(result.exitCode, result.stderr).toBe(0);
				expect((await bed.registry!.api('HEAD', '/v2/alice-web/nodocker/manifests/1')).status).toBe(200);
			} finally {
				await source.registry.stop();
			}
		},
	);

	it('TERM=dumb is plain mode too', async () => {
		bed = await createTestBed();
		const result = await rahtiPush({...bed.env(), TERM: 'dumb'}, ['--engine', 'podman'], 'rahti-test-tiny\n');
		expect(result.stdout).toContain('Images in podman:');
		expect(result.stdout).toContain('Your projects:');
		expect(result.exitCode).toBe(2);
	});

	it('the end of the answers is a clear error, not a hang', async () => {
		bed = await createTestBed();
		const result = await rahtiPush(bed.env(), ['--plain', '--engine', 'podman'], 'rahti-test-tiny\n');
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain('(end of input)');
	});
});

describe('--dry-run', () => {
	it(
		'changes nothing, and the script it writes does the job when bash runs it',
		{timeout: 180_000},
		async () => {
			bed = await createTestBed({registry: true});
			const before = JSON.stringify(bed.oc.read());
			const script = path.join(bed.dir, 'push.sh');
			const result = await rahtiPush(bed.env(), [...FULL, '--dry-run', '--script', script]);
			expect(result.exitCode).toBe(0);
			expect(result.stdout).toContain('(dry run: not run)');
			expect(JSON.stringify(bed.oc.read())).toBe(before);
			expect((await bed.registry!.api('GET', '/v2/_catalog', 'application/json')).body).not.toContain(
				'rahti-test-tiny',
			);
			// Only read-only oc commands ran.
			const ran = bed.oc.calls().map((c) =>
				c.argv
					.filter((a) => !a.startsWith('-'))
					.slice(0, 2)
					.join(' '),
			);
			for (const call of ran) expect(call).toMatch(/^(version|whoami|get \w+|registry info)/);

			const text = readFileSync(script, 'utf8');
			expect(statSync(script).mode & 0o777).toBe(0o755);
			expect(text).not.toContain(bed.token);
			const bash = await execa('bash', [script], {env: bed.env(), reject: false, timeout: 120_000});
			expect(bash.stderr).not.toContain(bed.token);
			expect(bash.exitCode).toBe(0);
			const head = await bed.registry!.api('HEAD', '/v2/alice-web/rahti-test-tiny/manifests/1.0');
			expect(head.status).toBe(200);
			const project = bed.oc.read().projects['alice-web']!;
			expect(project.imagestreams).toHaveProperty('rahti-test-tiny');
			expect(project.rolebindings!.find((b) => b.role === 'system:image-puller')?.subjects).toEqual([
				{kind: 'Group', name: 'system:authenticated'},
			]);
			expect(project.deployments!.web!.annotations!['image.openshift.io/triggers']).toContain(
				'rahti-test-tiny:1.0',
			);
		},
	);
});
