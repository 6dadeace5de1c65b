// The whole wizard, login to summary, in a real pseudo-terminal against the fake oc, real podman and
// the real registry; afterwards the registry, the role bindings and the deployment trigger are checked.

import {execFileSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {PTY_KEYS, startCli, type PtySession} from '../helpers/pty.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
let cli: PtySession | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(async () => {
	cli?.kill('SIGKILL');
	cli = undefined;
	await bed?.cleanup();
});

async function toAccessStep(session: PtySession, project: string) {
	await session.waitFor('filter›');
	await session.press('rahti-test-tiny');
	await session.waitFor('❯ localhost/rahti-test-tiny:1.0');
	await session.press(PTY_KEYS.enter);
	await session.waitFor('to which project?');
	await session.press(project);
	await session.waitFor(`❯ ${project}`);
	await session.press(PTY_KEYS.enter);
	await session.waitFor('❯ image stream  rahti-test-tiny');
	await session.press(PTY_KEYS.enter);
	await session.waitFor('Pushed and verified', 60_000);
	await session.press(PTY_KEYS.enter);
	await session.waitFor('Who may pull images from');
}

describe('the whole wizard', () => {
	it(
		'login → image → project → push → all logged-in users → deploy → summary',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			const sampler = sampleProcessList(bed.token);
			cli = startCli(bed.env());
			await toAccessStep(cli, 'alice-web');
			expect(cli.screen()).toContain('Now: Private');
			await cli.press(PTY_KEYS.down);
			await cli.waitFor(/❯ All logged-in Rahti users/);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('oc policy add-role-to-group system:image-puller system:authenticated -n');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('Which deployment should run rahti-test-tiny:1.0?');
			await cli.waitFor(/❯ web/);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('oc set triggers deployment/web --from-image=rahti-test-tiny:1.0 -c web');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('Rolled out. Enter: finish', 30_000);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('rahti-push: what was done');
			await cli.press(PTY_KEYS.enter);
			const {exitCode} = await cli.exited;
			const {leaks} = sampler.stop();
			expect(exitCode).toBe(0);
			expect(cli.isAltScreen()).toBe(false);

			// The summary stays on the normal screen.
			const screen = cli.screen();
			expect(screen).toContain('access   All logged-in Rahti users');
			expect(screen).toContain('rolled out');

			// The registry has the image, the project the binding, the deployment the trigger.
			const head = await bed.registry!.api('HEAD', '/v2/alice-web/rahti-test-tiny/manifests/1.0');
			expect(head.status).toBe(200);
			const project = bed.oc.read().projects['alice-web']!;
			expect(project.rolebindings!.find((b) => b.role === 'system:image-puller')?.subjects).toEqual([
				{kind: 'Group', name: 'system:authenticated'},
			]);
			const web = project.deployments!.web!;
			expect(JSON.parse(web.annotations!['image.openshift.io/triggers']!)[0].from.name).toBe(
				'rahti-test-tiny:1.0',
			);
			expect(web.containers[0]!.image).toBe(
				`image-registry.openshift-image-registry.svc:5000/alice-web/rahti-test-tiny@${head.headers['docker-content-digest']}`,
			);
			expect(leaks).toEqual([]);
			expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
		},
	);

	it(
		'--dry-run: DRY RUN on every step, changes shown as "would run", nothing changed, the script printed after',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			const before = JSON.stringify(bed.oc.read());
			// Tall, so the summary and the script printed after the wizard are both still on screen.
			cli = startCli(bed.env(), {args: ['--dry-run'], rows: 70});
			const session = cli;
			const screens: string[] = [];
			const step = async (text: string | RegExp, ...keys: string[]) => {
				screens.push(await session.waitFor(text, 30_000));
				await session.press(...keys);
			};
			await step('filter›', 'rahti-test-tiny');
			await step('❯ localhost/rahti-test-tiny:1.0', PTY_KEYS.enter);
			await step('to which project?', 'alice-web');
			await step('❯ alice-web', PTY_KEYS.enter);
			await step('❯ image stream  rahti-test-tiny', PTY_KEYS.enter);
			await step('Dry run: these commands would push it', PTY_KEYS.enter);
			await step('Who may pull images from', PTY_KEYS.down);
			await step(/❯ All logged-in Rahti users/, PTY_KEYS.enter);
			await step('Enter: run them', PTY_KEYS.enter);
			await step(/❯ web/, PTY_KEYS.enter);
			await step('Enter: run', PTY_KEYS.enter);
			await step('Enter: finish', PTY_KEYS.enter);
			await step('rahti-push: what was done', PTY_KEYS.enter);
			await session.exited;
			for (const screen of screens) expect(screen.split('\n')[0]).toContain('DRY RUN');
			expect(screens.some((s) => s.includes('○ podman push'))).toBe(true);
			expect(session.screen()).toContain('The script (nothing was changed):');
			expect(session.screen()).toContain('oc set triggers deployment/web --from-image=rahti-test-tiny:1.0');
			expect(JSON.stringify(bed.oc.read())).toBe(before);
			const catalog = await bed.registry!.api('GET', '/v2/_catalog', 'application/json');
			expect(catalog.body).not.toContain('rahti-test-tiny');
		},
	);

	it(
		'skip access and deploy: nothing is changed, and the summary says how to create a deployment',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			bed.oc.update((state) => (state.projects['alice-ml']!.deployments = {}));
			const bindingsBefore = JSON.stringify(bed.oc.read().projects['alice-ml']!.rolebindings ?? []);
			cli = startCli(bed.env(), {rows: 30});
			await toAccessStep(cli, 'alice-ml');
			await cli.press(PTY_KEYS.down, PTY_KEYS.down, PTY_KEYS.down);
			await cli.waitFor(/❯ Skip: leave access as it is/);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('No deployments in alice-ml yet');
			await cli.waitFor('oc new-app --image-stream=alice-ml/rahti-test-tiny:1.0');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('rahti-push: what was done');
			await cli.press(PTY_KEYS.enter);
			await cli.exited;
			expect(cli.screen()).toContain('access   left as it was');
			expect(JSON.stringify(bed.oc.read().projects['alice-ml']!.rolebindings ?? [])).toBe(bindingsBefore);
			expect(bed.oc.calls().some((c) => c.argv[0] === 'policy' || c.argv[0] === 'set')).toBe(false);
		},
	);
});
