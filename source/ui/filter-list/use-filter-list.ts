// Keys → filter list actions. Letters filter; Backspace erases, and goes back when nothing is typed.

import {useKeys} from '../use-keys.js';
import {actionFor, typedText, type KeyContext} from '../keymap.js';
import type {FilterListModel} from './use-filter-list-state.js';

type Options<T> = {
	model: FilterListModel<T>;
	pageSize: number;
	isActive: boolean;
	onSelect: (item: T) => void;
	onBack?: () => void;
	extraContexts?: readonly KeyContext[];
};

export function useFilterList<T>({
	model,
	pageSize,
	isActive,
	onSelect,
	onBack,
	extraContexts = [],
}: Options<T>) {
	useKeys(
		(input, key) => {
			const contexts: KeyContext[] = ['list', ...extraContexts];
			const text = typedText(input, key, contexts);
			if (text !== undefined) {
				model.type(text);
				return;
			}
			switch (actionFor(input, key, contexts)) {
				case 'up':
					return model.move(-1);
				case 'down':
					return model.move(1);
				case 'pageUp':
					return model.move(-pageSize);
				case 'pageDown':
					return model.move(pageSize);
				case 'home':
					return model.jump('first');
				case 'end':
					return model.jump('last');
				case 'forward':
					if (model.selected !== undefined) onSelect(model.selected);
					return;
				case 'erase':
					if (model.filter === '') onBack?.();
					else model.erase();
					return;
				case 'back':
					onBack?.();
					return;
				default:
			}
		},
		{isActive},
	);
}
