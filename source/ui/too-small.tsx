import {Box, Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from './layout.js';

export function TooSmall({columns, rows, marker}: {columns: number; rows: number; marker?: string}) {
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">{marker ? `${marker} · ` : ''}Terminal too small</Text>
			<Text wrap="truncate">
				{columns}×{rows}; need {MIN_COLUMNS}×{MIN_ROWS}.
			</Text>
			<Text wrap="truncate">Enlarge it, or press Ctrl+C.</Text>
		</Box>
	);
}
