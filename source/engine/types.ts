export type EngineName = 'docker' | 'podman';

export const ENGINES: readonly EngineName[] = ['podman', 'docker'];

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
