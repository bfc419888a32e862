/** The current path, for the few routes of the desk; pushState keeps the back button working. */
class RouterState {
  path = $state(typeof location === 'undefined' ? '/' : location.pathname);

  constructor() {
    if (typeof window !== 'undefined') addEventListener('popstate', () => (this.path = location.pathname));
  }

  go(path: string): void {
    if (path === this.path) return;
    history.pushState(null, '', path);
    this.path = path;
  }
}

export const router = new RouterState();
