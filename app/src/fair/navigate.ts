import { router } from '../state/router.svelte.ts';

/** A link's click handler: stays in the app, but lets a modified click open a new tab. */
export function follow(path: string): (event: MouseEvent) => void {
  return (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.go(path);
  };
}
