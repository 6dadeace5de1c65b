import type {ReactNode} from 'react';
import {ServicesContext, type Services} from './services.js';
import {ThemeContext, type Theme} from './ui/theme.js';
import {KeyRouter} from './ui/use-keys.js';
import {SizeContext, type TerminalSize} from './ui/use-terminal-size.js';

/** The providers around <App/>: the same in the CLI and in tests (tests add a fixed size). */
export function Root({
	services,
	theme,
	size,
	children,
}: {
	services: Services;
	theme: Theme;
	size?: TerminalSize;
	children: ReactNode;
}) {
	return (
		<ServicesContext.Provider value={services}>
			<ThemeContext.Provider value={theme}>
				<SizeContext.Provider value={size}>
					<KeyRouter>{children}</KeyRouter>
				</SizeContext.Provider>
			</ThemeContext.Provider>
		</ServicesContext.Provider>
	);
}
