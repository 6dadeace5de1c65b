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

/**
 * Every binding of the keymap, in two columns when the terminal is wide; in a short one, the rows that
 * fit, scrolled with ↑↓.
 */
export function HelpOverlay({columns, height, offset}: {columns: number; height: number; offset: number}) {
	const theme = useTheme();
	const keyWidth = Math.max(...KEYMAP.map((b) => b.keys.length)) + 2;
	const twoColumns = columns >= 100;
	const half = Math.ceil(KEYMAP.length / 2);
	// A title row and a note row around the entries.
	const rows = Math.max(1, height - 2);
	const start = Math.min(offset, Math.max(0, KEYMAP.length - rows));
	const shown = KEYMAP.length > rows ? KEYMAP.slice(start, start + rows) : KEYMAP;
	const groups = twoColumns ? [KEYMAP.slice(0, half), KEYMAP.slice(half)] : [shown];
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
			<Text wrap="truncate">
				{!twoColumns && shown.length < KEYMAP.length
					? `↑↓ more (${start + 1}–${start + shown.length} of ${KEYMAP.length}) · `
					: ''}
				In a list, typing filters it: letters are not shortcuts there.
			</Text>
		</Box>
	);
}
