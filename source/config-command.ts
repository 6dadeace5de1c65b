// `rahti-push config`: where the preferences live and what they say; `config reset [project]`.

import {openSettings} from './config.js';
import {EXIT} from './flow/exit-codes.js';

export function configCommand(
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	out: NodeJS.WritableStream,
	err: NodeJS.WritableStream,
): number {
	const {settings, warning} = openSettings(env);
	if (warning) err.write(`rahti-push: ${warning}\n`);
	const [verb, project, ...rest] = args;
	if (verb === undefined) {
		out.write(`${settings.path}\n${JSON.stringify(settings.read(), null, 2)}\n`);
		return EXIT.ok;
	}
	if (verb === 'reset' && rest.length === 0) {
		settings.reset(project);
		out.write(
			project
				? `Forgot the choices for project ${project}.\n`
				: `Forgot all preferences (${settings.path}).\n`,
		);
		return EXIT.ok;
	}
	err.write('rahti-push: usage: rahti-push config [reset [PROJECT]]\n');
	return EXIT.usage;
}
