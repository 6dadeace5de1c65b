// A windowed list: only the rows that fit are rendered, so 5,000 items stay instant.

import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {visibleWindow} from '../layout.js';
import {useTheme} from '../theme.js';
import type {FilterListModel} from './use-filter-list-state.js';

type Props<T> = {
	model: FilterListModel<T>;
	height: number;
	total: number;
	keyOf: (item: T) => string;
	renderRow: (item: T, isSelected: boolean) => ReactNode;
	noun: string;
	empty?: ReactNode;
};

export function FilterList<T>({model, height, total, keyOf, renderRow, noun, empty}: Props<T>) {
	const theme = useTheme();
	const rows = Math.max(1, height - 1);
	const {start, end} = visibleWindow(model.visible.length, model.cursor, rows);
	const status = model.filter
		? `${model.visible.length} of ${total} ${noun} match "${model.filter}"`
		: `${total} ${noun}${total > rows ? ` · ${model.cursor + 1}/${total}` : ''}`;
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				<Text color={theme.accent}>filter› </Text>
				<Text bold>{model.filter}</Text>
				<Text color={theme.muted}>{model.filter ? '' : '(type to filter)'} </Text>
				<Text color={theme.muted}>{status}</Text>
			</Text>
			{model.visible.length === 0
				? (empty ?? <Text color={theme.warn}>Nothing matches; Backspace to edit the filter.</Text>)
				: model.visible.slice(start, end).map((item, offset) => {
						const isSelected = start + offset === model.cursor;
						return (
							<Box key={keyOf(item)}>
								<Text
									color={isSelected ? theme.accent : undefined}
									bold={isSelected}
									inverse={isSelected && !theme.color}
								>
									{isSelected ? '❯ ' : '  '}
								</Text>
								{renderRow(item, isSelected)}
							</Box>
						);
					})}
		</Box>
	);
}
