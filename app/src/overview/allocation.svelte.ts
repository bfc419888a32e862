import { readAllocationSettings, type AllocationMode, type AllocationSettings } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';
import { DeskRequests, type TrackedRequest } from '../intents/desk-requests.svelte.ts';

export type AllocationKind = 'chat' | 'intent';

/**
 * 快捷设置 (R2.1): the allocation modes the agent keeps in `co:{cid}:fair`. The main account asks
 * to change one with a `setAllocation` request; the agent refuses it after the deadline.
 */
export class AllocationState {
  settings = $state<AllocationSettings>({ chatMode: 'automatic', intentMode: 'automatic', deadline: 0 });
  now = $state(Date.now());
  readonly main: boolean;
  private readonly requests: DeskRequests;
  private stop = () => {};

  /** Past the fair's deadline (0 = not announced yet, so still open). */
  readonly locked = $derived(this.settings.deadline > 0 && this.now > this.settings.deadline);

  constructor(workspace: Workspace) {
    const p = workspace.principal;
    this.main = p.kind === 'account' && p.role === 'main';
    this.requests = new DeskRequests(workspace, ['setAllocation']);
    const fair = workspace.doc('fair')?.doc;
    const timer = setInterval(() => (this.now = Date.now()), 30_000);
    if (!fair) {
      this.stop = () => clearInterval(timer);
      return;
    }
    const read = () => (this.settings = readAllocationSettings(fair));
    read();
    fair.on('update', read);
    this.stop = () => {
      clearInterval(timer);
      fair.off('update', read);
    };
  }

  get editable(): boolean {
    return this.main && !this.locked;
  }

  mode(kind: AllocationKind): AllocationMode {
    return kind === 'chat' ? this.settings.chatMode : this.settings.intentMode;
  }

  /** What the choice shows: the mode asked for while the agent has not answered, else the mode. */
  shown(kind: AllocationKind): AllocationMode {
    const last = this.last(kind);
    return last?.state === 'pending' && last.payload.mode === 'manual' ? 'manual' : last?.state === 'pending' ? 'automatic' : this.mode(kind);
  }

  /** The newest request for this setting: pending, or refused with its reason. */
  last(kind: AllocationKind): TrackedRequest | undefined {
    return this.requests.latest((r) => r.payload.kind === kind);
  }

  set(kind: AllocationKind, mode: AllocationMode): void {
    if (!this.editable || this.mode(kind) === mode) return;
    this.requests.send('setAllocation', { kind, mode });
  }

  destroy(): void {
    this.stop();
    this.requests.destroy();
  }
}
