// A kubeconfig login entry, written the way `oc login` writes it, so the token never has to be passed
// in argv (`oc login --token=…` would put it in the process list). Pure: documents in, documents out.

export type Kubeconfig = {
	apiVersion?: string;
	kind?: string;
	clusters?: Array<{name: string; cluster: {server: string; [key: string]: unknown}}>;
	users?: Array<{name: string; user: {token?: string; [key: string]: unknown}}>;
	contexts?: Array<{name: string; context: {cluster: string; user: string; namespace?: string}}>;
	'current-context'?: string;
	preferences?: Record<string, unknown>;
	[key: string]: unknown;
};

export type LoginEntry = {readonly server: string; readonly user: string; readonly token: string};

/** oc names a cluster after its host: https://api.2.rahti.csc.fi:6443 → api-2-rahti-csc-fi:6443. */
export function clusterNickname(server: string): string {
	const url = new URL(server);
	const port = url.port || (url.protocol === 'http:' ? '80' : '443');
	return `${url.hostname.replaceAll('.', '-')}:${port}`;
}

function upsert<T extends {name: string}>(list: T[] | undefined, item: T): T[] {
	const rest = (list ?? []).filter((existing) => existing.name !== item.name);
	return [...rest, item];
}

export function currentNamespace(config: Kubeconfig): string | undefined {
	const current = config.contexts?.find((context) => context.name === config['current-context']);
	return current?.context.namespace;
}

export function currentServer(config: Kubeconfig): string | undefined {
	const current = config.contexts?.find((context) => context.name === config['current-context']);
	return config.clusters?.find((cluster) => cluster.name === current?.context.cluster)?.cluster.server;
}

/** Adds (or replaces) the cluster, user and context of a login and makes it current. */
export function withLogin(config: Kubeconfig, entry: LoginEntry): Kubeconfig {
	const cluster = clusterNickname(entry.server);
	const user = `${entry.user}/${cluster}`;
	const previousCluster = config.contexts?.find((c) => c.name === config['current-context'])?.context.cluster;
	const namespace = previousCluster === cluster ? (currentNamespace(config) ?? 'default') : 'default';
	const context = `${namespace}/${cluster}/${entry.user}`;
	const existingCluster = config.clusters?.find((c) => c.name === cluster)?.cluster ?? {};
	return {
		...config,
		apiVersion: 'v1',
		kind: 'Config',
		clusters: upsert(config.clusters, {name: cluster, cluster: {...existingCluster, server: entry.server}}),
		users: upsert(config.users, {name: user, user: {token: entry.token}}),
		contexts: upsert(config.contexts, {name: context, context: {cluster, namespace, user}}),
		'current-context': context,
		preferences: config.preferences ?? {},
	};
}
