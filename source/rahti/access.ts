// Who may pull a project's images, from its role bindings, and the oc commands that take it from one
// level to another (role system:image-puller; ../shared/RAHTI.md). Pure: only the difference is
// planned, so running a plan twice changes nothing the second time. Leftovers from the old docs
// (a *User* named system:unauthenticated, registry-viewer bindings) are found and replaced by what
// they meant.

export type AccessLevel = 'private' | 'authenticated' | 'public';

export type Subject = {kind: string; name: string; namespace?: string};

export type RoleBinding = {name: string; role: string; subjects: Subject[]};

export const PULLER = 'system:image-puller';

export const ACCESS_LEVELS: ReadonlyArray<{level: AccessLevel; title: string; who: string; useCase: string}> =
	[
		{
			level: 'private',
			title: 'Private',
			who: 'Only members of the project can pull.',
			useCase: 'Your own deployments in this project; the default.',
		},
		{
			level: 'authenticated',
			title: 'All logged-in Rahti users',
			who: 'Anyone logged in to Rahti can pull, from any project.',
			useCase: 'Sharing with colleagues or a course, without publishing.',
		},
		{
			level: 'public',
			title: 'Anyone on the internet',
			who: 'Anyone can pull, with no login at all.',
			useCase: 'A public image for a paper, a workshop or other clusters.',
		},
	];

const AUTHENTICATED: Subject = {kind: 'Group', name: 'system:authenticated'};
const UNAUTHENTICATED: Subject = {kind: 'Group', name: 'system:unauthenticated'};
const ANONYMOUS: Subject = {kind: 'User', name: 'system:anonymous'};
const SPECIAL = [AUTHENTICATED, UNAUTHENTICATED, ANONYMOUS];

const same = (a: Subject, b: Subject) => a.kind === b.kind && a.name === b.name;

export function desiredSubjects(level: AccessLevel): Subject[] {
	if (level === 'authenticated') return [AUTHENTICATED];
	// Anyone: logged-in users are not in system:unauthenticated, so they need their own binding.
	if (level === 'public') return [AUTHENTICATED, UNAUTHENTICATED, ANONYMOUS];
	return [];
}

export function parseRoleBindings(json: string): RoleBinding[] {
	try {
		const items = (JSON.parse(json) as {items?: unknown}).items;
		if (!Array.isArray(items)) return [];
		return items.flatMap(
			(item: {metadata?: {name?: unknown}; roleRef?: {name?: unknown}; subjects?: unknown}) => {
				if (typeof item?.metadata?.name !== 'string' || typeof item.roleRef?.name !== 'string') return [];
				const subjects = Array.isArray(item.subjects)
					? (item.subjects as Array<Record<string, unknown>>)
							.filter((s) => s && typeof s.kind === 'string' && typeof s.name === 'string')
							.map((s) => ({
								kind: s.kind as string,
								name: s.name as string,
								...(typeof s.namespace === 'string' ? {namespace: s.namespace} : {}),
							}))
					: [];
				return [{name: item.metadata.name, role: item.roleRef.name, subjects}];
			},
		);
	} catch {
		return [];
	}
}

/** The special subjects bound to system:image-puller now. */
export function pullerSubjects(bindings: readonly RoleBinding[]): Subject[] {
	const found = bindings.filter((b) => b.role === PULLER).flatMap((b) => b.subjects);
	return SPECIAL.filter((s) => found.some((f) => same(f, s)));
}

export function currentAccess(bindings: readonly RoleBinding[]): {level: AccessLevel; exact: boolean} {
	const subjects = pullerSubjects(bindings);
	const has = (s: Subject) => subjects.some((x) => same(x, s));
	const level: AccessLevel =
		has(UNAUTHENTICATED) || has(ANONYMOUS) ? 'public' : has(AUTHENTICATED) ? 'authenticated' : 'private';
	const wanted = desiredSubjects(level);
	return {level, exact: wanted.length === subjects.length && wanted.every(has)};
}

export type Leftover = {binding: string; role: string; subject: Subject; meant: AccessLevel; why: string};

export function findLeftovers(bindings: readonly RoleBinding[]): Leftover[] {
	const leftovers: Leftover[] = [];
	for (const binding of bindings) {
		for (const subject of binding.subjects) {
			const isGroupName =
				subject.name === 'system:authenticated' || subject.name === 'system:unauthenticated';
			const meant: AccessLevel = subject.name === 'system:authenticated' ? 'authenticated' : 'public';
			if (isGroupName && subject.kind === 'User') {
				leftovers.push({
					binding: binding.name,
					role: binding.role,
					subject,
					meant,
					why: `binds a user named ${subject.name}, which matches nobody (it is a group)`,
				});
			} else if (isGroupName && binding.role === 'registry-viewer') {
				leftovers.push({
					binding: binding.name,
					role: binding.role,
					subject,
					meant,
					why: `uses the old registry-viewer role; the current one is ${PULLER}`,
				});
			}
		}
	}
	return leftovers;
}

/** What the leftovers were meant to allow: the widest of them. */
export function meantLevel(leftovers: readonly Leftover[]): AccessLevel | undefined {
	if (leftovers.some((l) => l.meant === 'public')) return 'public';
	return leftovers.length > 0 ? 'authenticated' : undefined;
}

export type PlannedCommand = {args: string[]; purpose: string};

function policy(verb: 'add' | 'remove', role: string, subject: Subject, project: string): PlannedCommand {
	const isGroup = subject.kind === 'Group';
	const command =
		verb === 'add'
			? isGroup
				? 'add-role-to-group'
				: 'add-role-to-user'
			: isGroup
				? 'remove-role-from-group'
				: 'remove-role-from-user';
	const purpose =
		verb === 'add'
			? `Let ${describe(subject)} pull images from ${project}.`
			: `Stop ${describe(subject)} pulling images from ${project}.`;
	return {args: ['policy', command, role, subject.name, '-n', project], purpose};
}

function describe(subject: Subject): string {
	if (same(subject, AUTHENTICATED)) return 'every logged-in user';
	if (same(subject, UNAUTHENTICATED)) return 'everyone not logged in';
	if (same(subject, ANONYMOUS)) return 'anonymous clients';
	return `${subject.kind} ${subject.name}`;
}

/** The commands from the current bindings to `level`, leftovers removed; [] when nothing is to do. */
export function accessPlan(
	bindings: readonly RoleBinding[],
	level: AccessLevel,
	project: string,
): PlannedCommand[] {
	const present = pullerSubjects(bindings);
	const wanted = desiredSubjects(level);
	const plan: PlannedCommand[] = [];
	for (const leftover of findLeftovers(bindings)) {
		plan.push({
			...policy('remove', leftover.role, leftover.subject, project),
			purpose: `Remove an old-docs leftover: ${leftover.role} ${leftover.why}.`,
		});
	}
	for (const subject of present)
		if (!wanted.some((w) => same(w, subject))) plan.push(policy('remove', PULLER, subject, project));
	for (const subject of wanted)
		if (!present.some((p) => same(p, subject))) plan.push(policy('add', PULLER, subject, project));
	return plan;
}
