// The wizard's steps, in order (the step rail draws them).

export const STEPS = [
	{id: 'login', label: 'Check login'},
	{id: 'image', label: 'Image'},
	{id: 'project', label: 'Project'},
	{id: 'push', label: 'Push'},
	{id: 'access', label: 'Access'},
	{id: 'deploy', label: 'Deploy'},
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export type StepMark = 'done' | 'current' | 'failed' | 'pending';
