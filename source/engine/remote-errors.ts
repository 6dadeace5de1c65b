// Why skopeo could not read a remote image, from its words, with what to do next. Pure.

import {RAHTI1_REGISTRY, type RemoteReference} from './remote-reference.js';

export type RemoteProblem = {
	kind: 'missing-tool' | 'not-found' | 'unauthorized' | 'unreachable' | 'tls' | 'unknown';
	message: string;
	fix: string;
};

/** skopeo's last words without its log decoration: `time="…" level=fatal msg="…"` → the message. */
export function skopeoMessage(stderr: string): string {
	const last =
		stderr
			.trim()
			.split('\n')
			.filter((line) => line.trim())
			.pop()
			?.trim() ?? '';
	const logged = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(last);
	return logged ? logged[1]!.replace(/\\(.)/g, '$1') : last;
}

/** The innermost cause: "…: dial tcp: lookup h: no such host" → "no such host". */
const cause = (stderr: string) => skopeoMessage(stderr).split(': ').pop() ?? '';

export function classifyRemoteError(
	stderr: string,
	reference: RemoteReference,
	notInstalled = false,
): RemoteProblem {
	const {registry, ref} = reference;
	if (notInstalled)
		return {
			kind: 'missing-tool',
			message: 'Copying a remote image needs skopeo, and it is not installed.',
			fix: 'Install it (Debian/Ubuntu: sudo apt install skopeo; Fedora: sudo dnf install skopeo), then retry.',
		};
	if (/manifest unknown|name unknown|not found|404/i.test(stderr))
		return {
			kind: 'not-found',
			message: `${ref} is not in ${registry}.`,
			fix: 'Check the name and tag (the registry’s web page lists its tags).',
		};
	if (/unauthorized|authentication required|denied|401|403/i.test(stderr))
		return {
			kind: 'unauthorized',
			message: `${registry} wants a login to read ${ref}.`,
			fix:
				registry === RAHTI1_REGISTRY
					? `Log in to Rahti 1 first: oc login to Rahti 1, then oc whoami -t | skopeo login -u unused --password-stdin ${registry}`
					: `Log in first: skopeo login ${registry} (or podman / docker login: skopeo uses the same credentials), then retry.`,
		};
	if (/x509:|certificate/i.test(stderr))
		return {
			kind: 'tls',
			message: `${registry}'s TLS certificate was not trusted (${cause(stderr)}).`,
			fix: `For a private CA, put it in /etc/containers/certs.d/${registry}/ca.crt, then retry.`,
		};
	if (
		/no such host|connection refused|i\/o timeout|dial tcp|network is unreachable|server misbehaving/i.test(
			stderr,
		)
	)
		return {
			kind: 'unreachable',
			message: `Cannot reach ${registry} (${cause(stderr)}).`,
			fix:
				registry === RAHTI1_REGISTRY
					? 'Rahti 1 has been shut down, so its registry may be gone for good. If you still have the image on a machine, push it from there with rahti-push.'
					: 'Check the name, your network or VPN, then retry.',
		};
	return {
		kind: 'unknown',
		message: skopeoMessage(stderr) || 'skopeo failed.',
		fix: 'Retry; the command is shown above.',
	};
}
