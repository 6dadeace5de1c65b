import {Box, Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from './layout.js';

export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">Terminal too small</Text>
			<Text wrap="truncate">
				{columns}×{rows}; need {MIN_COLUMNS}×{MIN_ROWS}.
			</Text>
			<Text wrap="truncate">Enlarge it, or press Ctrl+C.</Text>
		</Box>
	);
}
