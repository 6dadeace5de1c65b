// Reading and writing the kubeconfig file itself: where oc looks for it, 0600, written atomically.

import {chmod, mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type {Kubeconfig} from './kubeconfig.js';

/** oc uses the first file named in KUBECONFIG, else ~/.kube/config. */
export function kubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
	const first = env.KUBECONFIG?.split(path.delimiter).find((entry) => entry.length > 0);
	return first ?? path.join(env.HOME ?? homedir(), '.kube', 'config');
}

export async function readKubeconfig(file: string): Promise<Kubeconfig> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw error;
	}
	const parsed: unknown = YAML.parse(text);
	return parsed && typeof parsed === 'object' ? (parsed as Kubeconfig) : {};
}

export async function writeKubeconfig(file: string, config: Kubeconfig): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	const temporary = `${file}.rahti-push-${process.pid}`;
	await writeFile(temporary, YAML.stringify(config), {mode: 0o600});
	await chmod(temporary, 0o600);
	await rename(temporary, file);
}
