import type { SyncState as State, Workspace } from '../sync/workspace.ts';

/** The sync indicator's source: online / offline / changes waiting, and refusals. */
export class SyncState {
  state = $state<State>('connecting');
  refused = $state(false);
  closedByServer = $state(0);
  private stop: () => void;

  constructor(private readonly workspace: Workspace) {
    const read = () => {
      this.state = workspace.state;
      this.refused = workspace.refused;
      this.closedByServer = workspace.closedByServer;
    };
    read();
    this.stop = workspace.onChange(read);
  }

  destroy(): void {
    this.stop();
  }
}
