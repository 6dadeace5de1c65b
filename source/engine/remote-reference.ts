// A remote image as a person types it → the full reference skopeo needs, or the reason it is not one.
// `nginx:1.27` is Docker Hub's docker.io/library/nginx:1.27; no tag means :latest. Pure.

export type RemoteReference = {
	/** registry/repository:tag or registry/repository@sha256:… */
	readonly ref: string;
	readonly registry: string;
	/** registry/repository */
	readonly repository: string;
	/** The tag, or the digest's first 12 hex digits when pinned by digest. */
	readonly tag: string;
};

export const RAHTI1_REGISTRY = 'docker-registry.rahti.csc.fi';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

const looksLikeHost = (part: string) => part.includes('.') || part.includes(':') || part === 'localhost';

export function parseRemoteReference(
	text: string,
): {ok: true; reference: RemoteReference} | {ok: false; problem: string} {
	const input = text.trim().replace(/^docker:\/\//, '');
	if (input === '') return {ok: false, problem: 'Type an image, e.g. ghcr.io/org/app:1.0 or nginx:1.27.'};
	if (/\s/.test(input)) return {ok: false, problem: 'No spaces in an image name.'};
	const [beforeDigest, digest, ...extra] = input.split('@');
	if (extra.length > 0) return {ok: false, problem: 'Only one "@" (before a sha256: digest).'};
	if (digest !== undefined && !DIGEST.test(digest))
		return {ok: false, problem: 'A digest is sha256: and 64 hex digits.'};
	const parts = beforeDigest!.split('/');
	const registry = parts.length > 1 && looksLikeHost(parts[0]!) ? parts.shift()! : 'docker.io';
	if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
	const last = parts.pop()!;
	const colon = last.indexOf(':');
	const name = colon === -1 ? last : last.slice(0, colon);
	const tag = colon === -1 ? undefined : last.slice(colon + 1);
	for (const component of [...parts, name]) {
		if (!COMPONENT.test(component))
			return {
				ok: false,
				problem: `"${component}": names are lowercase letters and digits, with ".", "_" or "-" between.`,
			};
	}
	if (tag !== undefined && !TAG.test(tag))
		return {ok: false, problem: `"${tag}": a tag is letters, digits, "_", "." and "-" (up to 128).`};
	const repository = [registry, ...parts, name].join('/');
	const reference = digest
		? {ref: `${repository}@${digest}`, registry, repository, tag: tag ?? digest.slice(7, 19)}
		: {ref: `${repository}:${tag ?? 'latest'}`, registry, repository, tag: tag ?? 'latest'};
	return {ok: true, reference};
}
