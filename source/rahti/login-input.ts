// What a user pastes into the token field: the web console's whole "Copy login command" line
// (`oc login https://api.2.rahti.csc.fi:6443 --token=sha256~…`, or with --server=), or the token alone.

export type LoginInput = {readonly token: string; readonly server?: string};
export type LoginInputResult = {ok: true; value: LoginInput} | {ok: false; reason: string};

const TOKEN = /^[\w~.-]+$/;

export function parseLoginInput(raw: string): LoginInputResult {
	const text = raw.trim().replace(/\\\n/g, ' ');
	if (text === '') return {ok: false, reason: 'Paste the login command or the token, then press Enter.'};

	const words = text.split(/\s+/);
	if (words.length === 1) {
		const token = words[0]!;
		if (!TOKEN.test(token))
			return {ok: false, reason: 'That does not look like a token (letters, digits, ~ . _ - only).'};
		return {ok: true, value: {token}};
	}

	if (words[0] !== 'oc' || words[1] !== 'login') {
		return {ok: false, reason: 'Paste either the token alone or the whole "oc login …" line.'};
	}

	let token: string | undefined;
	let server: string | undefined;
	for (let index = 2; index < words.length; index++) {
		const word = words[index]!;
		const next = words[index + 1];
		if (word.startsWith('--token=')) token = word.slice('--token='.length);
		else if (word === '--token' && next) token = words[++index];
		else if (word.startsWith('--server=')) server = word.slice('--server='.length);
		else if (word === '--server' && next) server = words[++index];
		else if (!word.startsWith('-') && server === undefined) server = word;
	}

	if (!token)
		return {ok: false, reason: 'The login command has no --token=…; copy it again from the token page.'};
	if (!TOKEN.test(token)) return {ok: false, reason: 'The token in that command has unexpected characters.'};
	if (server !== undefined && !/^https?:\/\//.test(server)) server = `https://${server}`;
	return {ok: true, value: server === undefined ? {token} : {token, server}};
}
