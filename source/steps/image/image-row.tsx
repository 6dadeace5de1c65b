import {Box, Text} from 'ink';
import type {LocalImage} from '../../engine/types.js';
import {formatAge} from '../../format/age.js';
import {formatSize} from '../../format/size.js';
import {useTheme} from '../../ui/theme.js';

export function ImageRow({image, width, now}: {image: LocalImage; width: number; now: Date}) {
	const theme = useTheme();
	const nameWidth = Math.max(10, width - 22);
	return (
		<Box>
			<Box width={nameWidth}>
				<Text wrap="truncate-middle">{image.ref}</Text>
			</Box>
			<Box width={10} justifyContent="flex-end">
				<Text color={theme.muted}>{formatSize(image.sizeBytes)}</Text>
			</Box>
			<Box width={8} justifyContent="flex-end">
				<Text color={theme.muted}>{formatAge(image.createdAt, now)}</Text>
			</Box>
		</Box>
	);
}
