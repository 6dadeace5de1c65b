// Colours from the 16-colour palette only (readable over SSH, tmux and screen); none at all when
// NO_COLOR is set (https://no-color.org), where marks and bold carry the meaning alone.

import {createContext, useContext} from 'react';

export type Theme = {
	readonly color: boolean;
	readonly accent?: string;
	readonly ok?: string;
	readonly error?: string;
	readonly warn?: string;
	readonly muted?: string;
};

export function makeTheme(env: NodeJS.ProcessEnv = process.env): Theme {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return {color: false};
	return {color: true, accent: 'cyan', ok: 'green', error: 'red', warn: 'yellow', muted: 'gray'};
}

export const ThemeContext = createContext<Theme>(makeTheme({}));

export const useTheme = () => useContext(ThemeContext);
