// The end: what was done, inside the frame; leaving prints the same to the normal screen.

import {Box, Text} from 'ink';
import {useFrameContexts} from '../ui/frame-contexts.js';
import {actionFor} from '../ui/keymap.js';
import {useTheme} from '../ui/theme.js';
import {useKeys} from '../ui/use-keys.js';

export function Finished({
	summary,
	isActive,
	onExit,
	onBack,
	height,
}: {
	summary: string;
	isActive: boolean;
	onExit: () => void;
	onBack: () => void;
	height: number;
}) {
	const theme = useTheme();
	useFrameContexts(['panel']);
	useKeys(
		(input, key) => {
			const action = actionFor(input, key, ['panel']);
			if (action === 'forward') onExit();
			else if (action === 'back') onBack();
		},
		{isActive},
	);
	const lines = summary.split('\n').slice(0, Math.max(1, height - 2));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate" bold={index === 0} color={index === 0 ? theme.ok : undefined}>
					{line || ' '}
				</Text>
			))}
			<Text color={theme.accent}>Enter: exit (this summary stays in your terminal) · ←: back to deploy</Text>
		</Box>
	);
}
