import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useTheme} from './theme.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** The one spinner on screen; 8 frames a second is enough to look alive. */
export function Spinner({label}: {label: string}) {
	const theme = useTheme();
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 125);
		return () => clearInterval(timer);
	}, []);
	return (
		<Text wrap="truncate">
			<Text color={theme.accent}>{FRAMES[frame]}</Text> {label}
		</Text>
	);
}
