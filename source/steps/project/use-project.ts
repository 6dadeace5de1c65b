// Step 3's work: list the user's projects (cancelled if the view goes away).

import {useCallback, useEffect, useRef, useState} from 'react';
import {listProjects, type ProjectList} from '../../rahti/projects.js';
import {useServices} from '../../services.js';

export function useProjects() {
	const {runner} = useServices();
	const [list, setList] = useState<ProjectList | undefined>();
	const alive = useRef(true);
	const load = useCallback(async () => {
		setList(undefined);
		const result = await listProjects(runner);
		if (alive.current) setList(result);
	}, [runner]);
	useEffect(() => {
		alive.current = true;
		void load();
		return () => {
			alive.current = false;
		};
	}, [load]);
	return {list, reload: load};
}
