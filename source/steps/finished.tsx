// The end: what was done, inside the frame; leaving prints the same to the normal screen. `s` saves
// it as a runnable script.

import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {Box, Text} from 'ink';
import {useState} from 'react';
import {useServices} from '../services.js';
import {useFrameContexts} from '../ui/frame-contexts.js';
import {actionFor} from '../ui/keymap.js';
import {useTheme} from '../ui/theme.js';
import {useKeys} from '../ui/use-keys.js';
import type {WizardState} from '../wizard/reducer.js';
import {renderScript} from '../wizard/script.js';
import {summaryText} from '../wizard/summary.js';

type Props = {state: WizardState; isActive: boolean; onExit: () => void; onBack: () => void; height: number};

export function Finished({state, isActive, onExit, onBack, height}: Props) {
	const theme = useTheme();
	const {options} = useServices();
	const [written, setWritten] = useState<string | undefined>();
	useFrameContexts(['panel', 'finished']);
	useKeys(
		(input, key) => {
			const action = actionFor(input, key, ['panel', 'finished']);
			if (action === 'forward') onExit();
			else if (action === 'back') onBack();
			else if (action === 'writeScript') {
				const file = options.script ?? `rahti-push-${state.project ?? 'script'}.sh`;
				void writeFile(file, renderScript(state), {mode: 0o755}).then(
					() => setWritten(`✔ script written to ${path.resolve(file)}`),
					(error: Error) => setWritten(`✖ could not write ${file}: ${error.message}`),
				);
			}
		},
		{isActive},
	);
	const lines = summaryText(state)
		.split('\n')
		.slice(0, Math.max(1, height - (written ? 3 : 2)));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate" bold={index === 0} color={index === 0 ? theme.ok : undefined}>
					{line || ' '}
				</Text>
			))}
			{written ? <Text wrap="truncate">{written}</Text> : null}
			<Text color={theme.accent} wrap="truncate">
				Enter: exit (this summary stays in your terminal) · s: save as a script · ←: back
			</Text>
		</Box>
	);
}
