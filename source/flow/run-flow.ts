// The whole wizard as one sequence, for --plain and the non-interactive mode: the same actions as the
// full-screen steps, with decisions from a Chooser and progress as lines (no redraws).

import {pushImageToRahti} from '../actions/push-image.js';
import type {Settings} from '../config.js';
import {detectEngines, preferredEngine} from '../engine/detect.js';
import {listImages} from '../engine/list-images.js';
import {pushTotals} from '../engine/push-progress.js';
import {inspectRemote} from '../engine/remote-image.js';
import {parseRemoteReference} from '../engine/remote-reference.js';
import type {LocalImage, Transport} from '../engine/types.js';
import type {Runner} from '../exec/runner.js';
import {formatSize} from '../format/size.js';
import {accessPlan, ACCESS_LEVELS, currentAccess, findLeftovers, meantLevel} from '../rahti/access.js';
import {readRoleBindings, runPlan} from '../rahti/access-commands.js';
import {tokenPageFor} from '../rahti/cluster.js';
import {
	listDeployments,
	recentEvents,
	rollBack,
	setImageTrigger,
	watchRollout,
} from '../rahti/deploy-commands.js';
import {preferredContainer, preferredDeployment} from '../rahti/deployments.js';
import {imageStreamNameProblem, initialTarget, shortDigest, tagProblem} from '../rahti/image-names.js';
import {getImageStream} from '../rahti/imagestreams.js';
import {checkLogin} from '../rahti/login-status.js';
import {listProjects} from '../rahti/projects.js';
import {resolveRegistry} from '../rahti/registry-host.js';
import type {WizardState} from '../wizard/reducer.js';
import type {Chooser} from './chooser.js';
import type {FlowChoices} from './choices.js';
import {EXIT, FlowError} from './exit-codes.js';

export type Reporter = {line(text: string): void};

export type FlowContext = {
	runner: Runner;
	settings: Settings;
	env: NodeJS.ProcessEnv;
	choices: FlowChoices;
	chooser: Chooser;
	report: Reporter;
};

export type FlowResult = {
	ok: true;
	dryRun: boolean;
	user: string;
	server: string;
	image: string;
	engine: Transport;
	project: string;
	imageStream: string;
	tag: string;
	digest: string | null;
	pullSpecs: {public: string; internal: string};
	access: {level: string; commands: string[]} | 'unchanged';
	deploy: {deployment: string; container: string; rollout: string} | 'skipped';
};

const fail = (code: number, message: string) => new FlowError(code, message);

export async function runFlow(context: FlowContext): Promise<{result: FlowResult; state: WizardState}> {
	const {runner, settings, env, choices, chooser, report} = context;
	const say = (text: string) => report.line(text);

	// 1. Login
	const login = await checkLogin(runner);
	if (login.kind === 'oc-missing')
		throw fail(EXIT.login, 'oc is not installed: see https://docs.csc.fi/cloud/rahti/usage/cli/');
	if (login.kind === 'not-logged-in') {
		throw fail(
			EXIT.login,
			`Not logged in${login.reason === 'expired' ? ' (the token expired)' : ''}: get a token at ${tokenPageFor(login.server)} and run the oc login command it shows (or run rahti-push in a terminal).`,
		);
	}
	if (login.kind !== 'logged-in') throw fail(EXIT.login, `Cannot check the login: ${login.message}`);
	const server = login.server;
	say(`✔ logged in as ${login.user} on ${server}`);
	let state: WizardState = {step: 'image', session: {user: login.user, server}};

	// 2. Image: a local one pushed by docker/podman, or a remote one copied by skopeo
	const {engine, image} = choices.from
		? await remoteImage(runner, choices.from)
		: await localImage(runner, settings, choices, chooser).catch(async (error: unknown) => {
				// Nothing local to push: one who can be asked may name a remote image instead.
				if (!(error instanceof FlowError) || error.code !== EXIT.image || !chooser.remote) throw error;
				return remoteImage(runner, await chooser.remote(error.message));
			});
	settings.rememberImage(server, image.ref);
	say(`✔ image ${image.ref} (${engine === 'skopeo' ? 'remote: copied with skopeo' : engine})`);
	state = {...state, step: 'project', engine, image};

	// 3. Project
	const projects = await listProjects(runner);
	if (!projects.ok)
		throw fail(
			projects.kind === 'unauthorized' ? EXIT.login : EXIT.failed,
			`Cannot list projects: ${projects.message}`,
		);
	if (projects.projects.length === 0)
		throw fail(
			EXIT.usage,
			'You have no Rahti projects: create one first (oc new-project NAME --description="csc_project: NNNNNNN").',
		);
	const project = await chooser.project(projects.projects, settings.cluster(server).lastProject);
	say(`✔ project ${project}`);
	state = {...state, step: 'push', project};

	// 4. Name, tag, push
	const suggested = initialTarget(image, settings.cluster(server).projects?.[project]);
	const name = await chooser.name(suggested.name);
	const tag = await chooser.tag(suggested.tag);
	const problem = imageStreamNameProblem(name) ?? tagProblem(tag);
	if (problem) throw fail(EXIT.usage, `"${name}:${tag}": ${problem}`);
	const stream = await getImageStream(runner, project, name);
	if (!stream.ok) throw fail(stream.kind === 'unauthorized' ? EXIT.login : EXIT.push, stream.message);
	const {host: registry} = await resolveRegistry(runner, {
		flag: choices.registry,
		remembered: settings.cluster(server).registry,
		publicRepository: stream.stream?.publicRepository,
	});
	const existing = stream.stream?.tags.find((t) => t.tag === tag);
	if (existing && !(await chooser.overwrite(`${name}:${tag}`, existing.digest)))
		throw fail(EXIT.usage, 'Not replacing the existing tag; nothing was pushed.');
	say(`→ ${runner.dryRun ? 'would push' : 'pushing'} to ${registry}/${project}/${name}:${tag}`);
	let lastShown = 0;
	const pushed = await pushImageToRahti(
		runner,
		{
			engine,
			source: image.ref,
			target: {registry, project, name, tag},
			onProgress(progress) {
				const now = Date.now();
				if (now - lastShown < 1000) return;
				lastShown = now;
				const totals = pushTotals(progress);
				if (totals.total > 0)
					say(
						`  upload ${Math.floor((totals.current / totals.total) * 100)}% (${formatSize(totals.current)} of ${formatSize(totals.total)})`,
					);
			},
		},
		env,
	);
	if (!pushed.ok)
		throw fail(
			pushed.problem.kind === 'unauthorized' ? EXIT.login : EXIT.push,
			`${pushed.problem.message} ${pushed.problem.fix}`,
		);
	settings.rememberProject(server, project, {imageStream: name, tag});
	if (choices.registry) settings.rememberRegistry(server, choices.registry);
	say(
		pushed.dryRun ? '✔ dry run: nothing was pushed' : `✔ pushed and verified: ${shortDigest(pushed.digest)}`,
	);
	say(`  pull spec: ${pushed.pullSpecs.public}`);
	say(`  in the cluster: ${pushed.pullSpecs.internal}`);
	state = {
		...state,
		step: 'access',
		pushed: {digest: pushed.digest, pullSpecs: pushed.pullSpecs, target: {registry, name, tag}},
	};

	// 5. Access
	const bindings = await readRoleBindings(runner, project);
	if (!bindings.ok)
		throw fail(EXIT.access, `Cannot read the role bindings of ${project}: ${bindings.message}`);
	const now = currentAccess(bindings.bindings);
	const leftovers = findLeftovers(bindings.bindings);
	const remembered = settings.cluster(server).projects?.[project]?.access;
	const level = await chooser.access(now.level, leftovers, meantLevel(leftovers) ?? remembered ?? now.level);
	let access: FlowResult['access'] = 'unchanged';
	if (level === 'skip') {
		say('✔ access left as it was');
		state = {...state, access: {kind: 'skipped'}};
	} else {
		const plan = accessPlan(bindings.bindings, level, project);
		if (level === 'public' && plan.length > 0 && !(await chooser.confirmPublic(project)))
			throw fail(EXIT.usage, 'Not making the images public.');
		const applied = await runPlan(runner, plan);
		if (!applied.ok)
			throw fail(EXIT.access, `${['oc', ...applied.failed.args].join(' ')}: ${applied.message}`);
		settings.rememberProject(server, project, {access: level});
		const commands = plan.map((c) => ['oc', ...c.args].join(' '));
		access = {level, commands};
		const title = ACCESS_LEVELS.find((a) => a.level === level)!.title;
		say(
			`✔ access: ${title}${plan.length === 0 ? ' (already so)' : runner.dryRun ? ` (would run ${plan.length} commands)` : ''}`,
		);
		state = {...state, access: {kind: 'set', level, commands}};
	}

	// 6. Deploy
	state = {...state, step: 'deploy'};
	const result: Omit<FlowResult, 'deploy'> = {
		ok: true,
		dryRun: runner.dryRun,
		user: login.user,
		server,
		image: image.ref,
		engine,
		project,
		imageStream: name,
		tag,
		digest: pushed.digest || null,
		pullSpecs: pushed.pullSpecs,
		access,
	};
	if (choices.noDeploy) {
		say('✔ deploy skipped');
		return {
			result: {...result, deploy: 'skipped'},
			state: {...state, deploy: {kind: 'skipped'}, finished: true},
		};
	}
	const deployments = await listDeployments(runner, project);
	if (!deployments.ok) throw fail(EXIT.deploy, `Cannot list deployments: ${deployments.message}`);
	const chosen =
		deployments.deployments.length === 0 && !choices.deployment
			? 'skip'
			: await chooser.deployment(
					deployments.deployments,
					preferredDeployment(
						deployments.deployments,
						name,
						settings.cluster(server).projects?.[project]?.deployment,
					),
				);
	if (chosen === 'skip') {
		say(
			`✔ deploy skipped (to run it: oc new-app --image-stream=${project}/${name}:${tag} --name=${name} -n ${project})`,
		);
		return {
			result: {...result, deploy: 'skipped'},
			state: {...state, deploy: {kind: 'skipped'}, finished: true},
		};
	}
	const container =
		chosen.containers.length === 1
			? chosen.containers[0]!.name
			: await chooser.container(
					chosen,
					preferredContainer(chosen, name, settings.cluster(server).projects?.[project]?.container),
				);
	const set = await setImageTrigger(runner, project, chosen.name, container, `${name}:${tag}`);
	if (!set.ok) throw fail(set.kind === 'unauthorized' ? EXIT.login : EXIT.deploy, set.message);
	settings.rememberProject(server, project, {deployment: chosen.name, container});
	say(`→ deployment ${chosen.name} (container ${container}) follows ${name}:${tag}; rollout:`);
	let lastMessage = '';
	const rollout = await watchRollout(runner, project, chosen.name, (progress) => {
		if (progress.message && progress.message !== lastMessage) say(`  ${(lastMessage = progress.message)}`);
	});
	if (rollout.state === 'failed') {
		const events = await recentEvents(runner, project, chosen.name);
		for (const event of events) say(`  ${event.reason}: ${event.message} (${event.object})`);
		const undo = await chooser.rollBack(chosen.name, events);
		if (undo) {
			const undone = await rollBack(runner, project, chosen.name);
			say(undone.ok ? `✔ rolled ${chosen.name} back` : `✖ rollback failed: ${undone.message}`);
		}
		throw fail(
			EXIT.deploy,
			`The rollout of ${chosen.name} failed: ${rollout.message ?? 'unknown reason'}${undo ? ' (rolled back)' : ''}.`,
		);
	}
	say(`✔ ${runner.dryRun ? 'dry run: nothing was rolled out' : `deployment ${chosen.name} rolled out`}`);
	return {
		result: {
			...result,
			deploy: {deployment: chosen.name, container, rollout: runner.dryRun ? 'dry-run' : 'rolled-out'},
		},
		state: {
			...state,
			deploy: {kind: 'done', deployment: chosen.name, container, result: 'rolled-out'},
			finished: true,
		},
	};
}

async function localImage(
	runner: Runner,
	settings: Settings,
	choices: FlowChoices,
	chooser: Chooser,
): Promise<{engine: Transport; image: LocalImage}> {
	const statuses = await detectEngines(runner);
	const engine = choices.engine ?? preferredEngine(statuses, settings.read().engine);
	const status = statuses.find((s) => s.engine === engine);
	if (!engine || status?.state !== 'ready') {
		const why = statuses
			.map(
				(s) =>
					`${s.engine}: ${s.state === 'ready' ? 'ready' : s.state === 'missing' ? 'not installed' : s.message}`,
			)
			.join('; ');
		throw fail(
			EXIT.image,
			`No usable container engine${choices.engine ? ` (${choices.engine} was asked for)` : ''}: ${why}. A remote image needs none: --from REGISTRY/IMAGE:TAG.`,
		);
	}
	const list = await listImages(runner, engine);
	if (!list.ok) throw fail(EXIT.image, `${list.message} ${list.fix}`);
	if (list.images.length === 0)
		throw fail(EXIT.image, `No images in ${engine}: build one (${engine} build -t myapp:1.0 .) or pull one.`);
	const image = await chooser.image(list.images, engine);
	if ('remote' in image) return remoteImage(runner, image.remote);
	settings.setEngine(engine);
	return {engine, image};
}

async function remoteImage(runner: Runner, from: string): Promise<{engine: 'skopeo'; image: LocalImage}> {
	const parsed = parseRemoteReference(from);
	if (!parsed.ok) throw fail(EXIT.usage, `--from ${from}: ${parsed.problem}`);
	const inspected = await inspectRemote(runner, parsed.reference);
	if (!inspected.ok) throw fail(EXIT.image, `${inspected.problem.message} ${inspected.problem.fix}`);
	return {engine: 'skopeo', image: inspected.image};
}
