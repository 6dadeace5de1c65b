import {Box, Text} from 'ink';
import {KEYMAP, type Binding} from './keymap.js';
import {useTheme} from './theme.js';

function Entry({binding, keyWidth, width}: {binding: Binding; keyWidth: number; width: number}) {
	return (
		<Box width={width}>
			<Text wrap="truncate">
				<Text bold>{binding.keys.padEnd(keyWidth)}</Text>
				{binding.description}
			</Text>
		</Box>
	);
}

/** Every binding of the keymap, in two columns when the terminal is wide enough. */
export function HelpOverlay({columns}: {columns: number}) {
	const theme = useTheme();
	const keyWidth = Math.max(...KEYMAP.map((b) => b.keys.length)) + 2;
	const twoColumns = columns >= 100;
	const half = Math.ceil(KEYMAP.length / 2);
	const groups = twoColumns ? [KEYMAP.slice(0, half), KEYMAP.slice(half)] : [KEYMAP];
	const width = twoColumns ? Math.floor(columns / 2) : columns;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				Keys <Text color={theme.muted}>(? or Esc closes this)</Text>
			</Text>
			<Box>
				{groups.map((group, index) => (
					<Box key={index} flexDirection="column" width={width}>
						{group.map((binding) => (
							<Entry key={binding.action} binding={binding} keyWidth={keyWidth} width={width} />
						))}
					</Box>
				))}
			</Box>
			<Text wrap="truncate">In a list, typing filters it: letters are not shortcuts there.</Text>
		</Box>
	);
}
