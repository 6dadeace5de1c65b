// Secrets must never reach the screen, a log or an error message. Every text that leaves the runner
// passes through here: the known secret values, and anything shaped like an OpenShift token.

export const MASK = '••••••';

const OPENSHIFT_TOKEN = /sha256~[\w-]{8,}/g;
const TOKEN_FLAG = /(--token[= ]|--password[= ]|-p )(\S+)/g;

export function redact(text: string, secrets: readonly string[] = []): string {
	let out = text;
	for (const secret of secrets) {
		if (secret.length > 0) out = out.split(secret).join(MASK);
	}
	return out.replace(OPENSHIFT_TOKEN, MASK).replace(TOKEN_FLAG, (_m, flag: string) => `${flag}${MASK}`);
}
