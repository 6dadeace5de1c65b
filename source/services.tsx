// What the views need from the outside world, handed down once: the runner, the settings, the
// environment. Tests build the same object around their own runner and a temp config dir.

import {createContext, useContext} from 'react';
import type {Settings} from './config.js';
import type {Runner} from './exec/runner.js';
import type {ModeOptions} from './setup.js';

/** What the user said on the command line. */
export type WizardOptions = Partial<ModeOptions>;

export type Services = {
	readonly runner: Runner;
	readonly settings: Settings;
	readonly env: NodeJS.ProcessEnv;
	readonly options: WizardOptions;
};

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
	const services = useContext(ServicesContext);
	if (!services) throw new Error('ServicesContext is missing');
	return services;
}
