import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	accessPlan,
	currentAccess,
	findLeftovers,
	meantLevel,
	parseRoleBindings,
	PULLER,
	type AccessLevel,
	type RoleBinding,
} from '../../source/rahti/access.js';

const binding = (role: string, ...subjects: Array<[string, string]>): RoleBinding => ({
	name: role,
	role,
	subjects: subjects.map(([kind, name]) => ({kind, name})),
});
const AUTH: [string, string] = ['Group', 'system:authenticated'];
const UNAUTH: [string, string] = ['Group', 'system:unauthenticated'];
const ANON: [string, string] = ['User', 'system:anonymous'];

/** Applies a plan to bindings the way oc policy does (for checking plans without a cluster). */
function apply(bindings: RoleBinding[], plan: ReturnType<typeof accessPlan>): RoleBinding[] {
	let next = bindings.map((b) => ({...b, subjects: [...b.subjects]}));
	for (const {args} of plan) {
		const [, verb, role, name] = args as [string, string, string, string];
		const kind = verb.endsWith('group') ? 'Group' : 'User';
		if (verb.startsWith('add')) {
			const target =
				next.find((b) => b.role === role) ?? (next.push({name: role, role, subjects: []}), next.at(-1)!);
			target.subjects.push({kind, name});
		} else {
			next = next
				.map((b) =>
					b.role === role
						? {...b, subjects: b.subjects.filter((s) => !(s.kind === kind && s.name === name))}
						: b,
				)
				.filter((b) => b.subjects.length > 0);
		}
	}
	return next;
}

describe('current access', () => {
	it.each([
		[[], 'private', true],
		[[binding(PULLER, AUTH)], 'authenticated', true],
		[[binding(PULLER, AUTH, UNAUTH, ANON)], 'public', true],
		[[binding(PULLER, ANON)], 'public', false],
		[[binding('admin', ['User', 'alice'])], 'private', true],
	] as const)('%j → %s', (bindings, level, exact) => {
		expect(currentAccess(bindings as unknown as RoleBinding[])).toEqual({level, exact});
	});
});

describe('plans', () => {
	const levels: AccessLevel[] = ['private', 'authenticated', 'public'];
	const starts: Record<AccessLevel, RoleBinding[]> = {
		private: [binding('admin', ['User', 'alice'])],
		authenticated: [binding(PULLER, AUTH)],
		public: [binding(PULLER, AUTH, UNAUTH, ANON)],
	};
	for (const from of levels) {
		for (const to of levels) {
			it(`${from} → ${to}: reaches it, and a second plan is empty`, () => {
				const plan = accessPlan(starts[from], to, 'p');
				if (from === to) expect(plan).toEqual([]);
				const after = apply(starts[from], plan);
				expect(currentAccess(after)).toEqual({level: to, exact: true});
				expect(accessPlan(after, to, 'p')).toEqual([]);
				expect(after.find((b) => b.role === 'admin')?.subjects ?? []).toEqual(
					from === 'private' ? [{kind: 'User', name: 'alice'}] : [],
				);
			});
		}
	}

	it('uses the commands from the current docs', () => {
		expect(accessPlan([], 'public', 'p').map((c) => c.args.join(' '))).toEqual([
			'policy add-role-to-group system:image-puller system:authenticated -n p',
			'policy add-role-to-group system:image-puller system:unauthenticated -n p',
			'policy add-role-to-user system:image-puller system:anonymous -n p',
		]);
		expect(accessPlan([binding(PULLER, AUTH)], 'private', 'p').map((c) => c.args.join(' '))).toEqual([
			'policy remove-role-from-group system:image-puller system:authenticated -n p',
		]);
	});

	it('from any mix of bindings, any level is reached exactly and idempotently', () => {
		const subject = fc.constantFrom(
			AUTH,
			UNAUTH,
			ANON,
			['User', 'system:unauthenticated'] as [string, string],
			['Group', 'team'] as [string, string],
		);
		const bindings = fc.array(
			fc.tuple(
				fc.constantFrom(PULLER, 'registry-viewer', 'view'),
				fc.array(subject, {minLength: 1, maxLength: 3}),
			),
			{maxLength: 4},
		);
		fc.assert(
			fc.property(bindings, fc.constantFrom(...levels), (raw, level) => {
				const start = raw.map(([role, subjects], i) => ({
					name: `${role}-${i}`,
					role,
					subjects: subjects.map(([kind, name]) => ({kind, name})),
				}));
				const after = apply(start, accessPlan(start, level, 'p'));
				expect(currentAccess(after)).toEqual({level, exact: true});
				expect(findLeftovers(after)).toEqual([]);
				expect(accessPlan(after, level, 'p')).toEqual([]);
			}),
		);
	});
});

describe('old-docs leftovers', () => {
	it('finds a User named system:unauthenticated and registry-viewer bindings, and what they meant', () => {
		const bindings = [
			binding('registry-viewer', ['User', 'system:unauthenticated']),
			binding('registry-viewer', AUTH),
		];
		const leftovers = findLeftovers(bindings);
		expect(leftovers.map((l) => [l.role, l.subject.kind, l.subject.name, l.meant])).toEqual([
			['registry-viewer', 'User', 'system:unauthenticated', 'public'],
			['registry-viewer', 'Group', 'system:authenticated', 'authenticated'],
		]);
		expect(meantLevel(leftovers)).toBe('public');
		const plan = accessPlan(bindings, 'public', 'p').map((c) => c.args.join(' '));
		expect(plan[0]).toBe('policy remove-role-from-user registry-viewer system:unauthenticated -n p');
		expect(plan[1]).toBe('policy remove-role-from-group registry-viewer system:authenticated -n p');
	});
});

describe('parseRoleBindings', () => {
	it('reads oc get rolebindings -o json and never throws on garbage', () => {
		const json = JSON.stringify({
			kind: 'List',
			items: [
				{
					metadata: {name: 'system:image-puller'},
					roleRef: {kind: 'ClusterRole', name: PULLER},
					subjects: [{kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated'}],
				},
				{metadata: {name: 'no-subjects'}, roleRef: {name: 'view'}},
				{metadata: {}},
			],
		});
		expect(parseRoleBindings(json)).toEqual([
			{name: 'system:image-puller', role: PULLER, subjects: [{kind: 'Group', name: 'system:authenticated'}]},
			{name: 'no-subjects', role: 'view', subjects: []},
		]);
		fc.assert(fc.property(fc.jsonValue(), (value) => void parseRoleBindings(JSON.stringify(value))));
	});
});
