import {describe, expect, it} from 'vitest';
import type {WizardState} from '../../source/wizard/reducer.js';
import {equivalentCommands, summaryText} from '../../source/wizard/summary.js';

const base: WizardState = {
	step: 'deploy',
	finished: true,
	session: {user: 'alice', server: 'https://api.2.rahti.csc.fi:6443'},
	engine: 'docker',
	image: {ref: 'myapp:1.2', repository: 'myapp', tag: '1.2', id: 'x', sizeBytes: 1, createdAt: undefined},
	project: 'alice-web',
	pushed: {
		digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
		pullSpecs: {
			public: 'image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			internal: 'image-registry.openshift-image-registry.svc:5000/alice-web/myapp:1.2',
		},
		target: {registry: 'image-registry.apps.2.rahti.csc.fi', name: 'myapp', tag: '1.2'},
	},
	access: {
		kind: 'set',
		level: 'authenticated',
		commands: ['oc policy add-role-to-group system:image-puller system:authenticated -n alice-web'],
	},
	deploy: {kind: 'done', deployment: 'web', container: 'web', result: 'rolled-out'},
};

describe('summary', () => {
	it('says what was done and gives the commands, docker flavour, with no secret', () => {
		const text = summaryText(base);
		expect(text).toContain('digest   sha256:0123456789ab');
		expect(text).toContain('access   All logged-in Rahti users');
		expect(text).toContain('deployment/web (container web) → myapp:1.2: rolled out');
		expect(equivalentCommands(base)).toEqual([
			'oc whoami',
			'oc create imagestream myapp -n alice-web   # if it does not exist yet; a push to a missing one fails with HTTP 500',
			'oc registry login --registry image-registry.apps.2.rahti.csc.fi --to "$HOME/.docker/config.json"',
			'docker tag myapp:1.2 image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			'docker push image-registry.apps.2.rahti.csc.fi/alice-web/myapp:1.2',
			'oc get istag myapp:1.2 -n alice-web',
			'oc policy add-role-to-group system:image-puller system:authenticated -n alice-web',
			'oc set triggers deployment/web --from-image=myapp:1.2 -c web -n alice-web',
			'oc rollout status deployment/web -n alice-web',
		]);
		expect(text).not.toMatch(/sha256~|--token|password/);
	});
	it('skipped steps say so, and how to create a deployment', () => {
		const text = summaryText({...base, access: {kind: 'skipped'}, deploy: {kind: 'skipped'}});
		expect(text).toContain('access   left as it was');
		expect(text).toContain('oc new-app --image-stream=alice-web/myapp:1.2 --name=myapp -n alice-web');
	});
	it('nothing pushed, nothing to say', () => {
		expect(summaryText({step: 'image'})).toBe('');
	});
});
