// The user's preferences, in a `conf` store validated by a JSON schema: the engine choice and, per
// cluster and project, the last choices (later steps add to them). A damaged file is set aside with a
// warning, never a crash. Keys are server URLs, which contain dots: dot-notation access is off.

import Conf from 'conf';
import {existsSync, renameSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import type {EngineName} from './engine/types.js';

export type ProjectPrefs = {
	imageStream?: string;
	tag?: string;
	access?: 'private' | 'authenticated' | 'public';
	deployment?: string;
	container?: string;
};

export type ClusterPrefs = {
	lastProject?: string;
	/** The image chosen last time (a local name, or a remote one), preselected next time. */
	lastImage?: string;
	registry?: string;
	projects?: Record<string, ProjectPrefs>;
};

export type Preferences = {
	engine?: EngineName;
	showCommands?: boolean;
	clusters?: Record<string, ClusterPrefs>;
};

const projectSchema = {
	type: 'object',
	properties: {
		imageStream: {type: 'string'},
		tag: {type: 'string'},
		access: {enum: ['private', 'authenticated', 'public']},
		deployment: {type: 'string'},
		container: {type: 'string'},
	},
};

const schema = {
	engine: {enum: ['docker', 'podman']},
	showCommands: {type: 'boolean'},
	clusters: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			properties: {
				lastProject: {type: 'string'},
				lastImage: {type: 'string'},
				registry: {type: 'string'},
				projects: {type: 'object', additionalProperties: projectSchema},
			},
		},
	},
} as const;

/** First-time users (nothing pushed yet) see the commands by default. */
export function wantsCommands(preferences: Preferences): boolean {
	const pushedBefore = Object.values(preferences.clusters ?? {}).some(
		(cluster) => Object.keys(cluster.projects ?? {}).length > 0,
	);
	return preferences.showCommands ?? !pushedBefore;
}

export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
	if (env.RAHTI_PUSH_CONFIG_DIR) return env.RAHTI_PUSH_CONFIG_DIR;
	return path.join(env.XDG_CONFIG_HOME ?? path.join(env.HOME ?? homedir(), '.config'), 'rahti-push');
}

export type Settings = {
	readonly path: string;
	read(): Preferences;
	setEngine(engine: EngineName): void;
	setShowCommands(show: boolean): void;
	rememberProject(server: string, project: string, prefs: ProjectPrefs): void;
	rememberRegistry(server: string, registry: string): void;
	rememberImage(server: string, image: string): void;
	cluster(server: string): ClusterPrefs;
	/** Forgets everything, or one project's choices (in every cluster). */
	reset(project?: string): void;
};

export type OpenedSettings = {settings: Settings; warning?: string};

/** --no-save: reads the preferences, keeps changes in memory only, never writes the file. */
export function unsaved(settings: Settings): Settings {
	return inMemory(settings.path, settings.read());
}

/** Preferences that live only as long as the process (--practice, or --no-save with no file yet). */
export function inMemory(file: string, initial: Preferences = {}): Settings {
	let preferences = initial;
	const clusters = () => preferences.clusters ?? {};
	return {
		path: file,
		read: () => preferences,
		cluster: (server) => clusters()[server] ?? {},
		setEngine(engine) {
			preferences = {...preferences, engine};
		},
		setShowCommands(showCommands) {
			preferences = {...preferences, showCommands};
		},
		rememberRegistry(server, registry) {
			preferences = {...preferences, clusters: {...clusters(), [server]: {...clusters()[server], registry}}};
		},
		rememberImage(server, lastImage) {
			preferences = {...preferences, clusters: {...clusters(), [server]: {...clusters()[server], lastImage}}};
		},
		rememberProject(server, project, prefs) {
			const cluster = clusters()[server] ?? {};
			const projects = cluster.projects ?? {};
			preferences = {
				...preferences,
				clusters: {
					...clusters(),
					[server]: {
						...cluster,
						lastProject: project,
						projects: {...projects, [project]: {...projects[project], ...prefs}},
					},
				},
			};
		},
		reset: () => {},
	};
}

function create(directory: string): Conf<Preferences> {
	return new Conf<Preferences>({
		projectName: 'rahti-push',
		cwd: directory,
		schema: schema as never,
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
	});
}

export function openSettings(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): OpenedSettings {
	const directory = configDirectory(env);
	let store: Conf<Preferences>;
	let warning: string | undefined;
	try {
		store = create(directory);
	} catch (error) {
		const file = path.join(directory, 'config.json');
		const aside = `${file}.damaged-${now.toISOString().replaceAll(':', '-')}`;
		if (existsSync(file)) renameSync(file, aside);
		warning = `The config file was damaged (${(error as Error).message.split('\n')[0]}); it was moved to ${aside} and a fresh one started.`;
		store = create(directory);
	}

	const read = (): Preferences => ({
		engine: store.get('engine'),
		showCommands: store.get('showCommands'),
		clusters: store.get('clusters') ?? {},
	});
	return {
		warning,
		settings: {
			path: store.path,
			read,
			setEngine: (engine) => store.set('engine', engine),
			setShowCommands: (show) => store.set('showCommands', show),
			cluster: (server) => read().clusters?.[server] ?? {},
			reset(project) {
				if (project === undefined) return store.clear();
				const clusters = Object.fromEntries(
					Object.entries(read().clusters ?? {}).map(([server, cluster]) => {
						const {[project]: _removed, ...projects} = cluster.projects ?? {};
						const lastProject = cluster.lastProject === project ? undefined : cluster.lastProject;
						return [
							server,
							{...cluster, projects, ...(lastProject ? {lastProject} : {lastProject: undefined})},
						];
					}),
				);
				store.set('clusters', JSON.parse(JSON.stringify(clusters)) as Record<string, ClusterPrefs>);
			},
			rememberRegistry(server, registry) {
				const clusters = read().clusters ?? {};
				store.set('clusters', {...clusters, [server]: {...clusters[server], registry}});
			},
			rememberImage(server, lastImage) {
				const clusters = read().clusters ?? {};
				store.set('clusters', {...clusters, [server]: {...clusters[server], lastImage}});
			},
			rememberProject(server, project, prefs) {
				const clusters = read().clusters ?? {};
				const cluster = clusters[server] ?? {};
				const projects = cluster.projects ?? {};
				store.set('clusters', {
					...clusters,
					[server]: {
						...cluster,
						lastProject: project,
						projects: {...projects, [project]: {...projects[project], ...prefs}},
					},
				});
			},
		},
	};
}
