import {Box, Text} from 'ink';
import {KEYMAP} from './keymap.js';
import {useTheme} from './theme.js';

export function HelpOverlay() {
	const theme = useTheme();
	const width = Math.max(...KEYMAP.map((b) => b.keys.length)) + 2;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				Keys
			</Text>
			{KEYMAP.map((binding) => (
				<Text key={binding.action} wrap="truncate">
					<Text bold>{binding.keys.padEnd(width)}</Text>
					{binding.description}
				</Text>
			))}
			<Text> </Text>
			<Text wrap="truncate">In a list, typing filters it (letters are not shortcuts there).</Text>
			<Text color={theme.muted}>Press ? or Esc to close.</Text>
		</Box>
	);
}
