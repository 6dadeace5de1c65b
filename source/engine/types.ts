export type EngineName = 'docker' | 'podman';

export const ENGINES: readonly EngineName[] = ['podman', 'docker'];

/** How the image gets to the registry: pushed by a local engine, or copied from a remote one by skopeo. */
export type Transport = EngineName | 'skopeo';

export type EngineStatus =
	| {engine: EngineName; state: 'ready'; version: string}
	| {engine: EngineName; state: 'missing'}
	| {engine: EngineName; state: 'down' | 'permission' | 'error'; message: string; fix: string};

export type LocalImage = {
	/** name:tag as the engine names it, e.g. localhost/myapp:1.2 or docker.io/library/nginx:latest */
	readonly ref: string;
	readonly repository: string;
	readonly tag: string;
	readonly id: string;
	readonly sizeBytes: number | undefined;
	readonly createdAt: Date | undefined;
};
