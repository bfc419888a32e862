import { defineManifest } from '@crxjs/vite-plugin';

/**
 * Least privilege (DESIGN.md, "Extension"): storage for the session and the summary, alarms for
 * the keep-alive and later the meeting reminders, and host access only to a server on this
 * machine. The server answers CORS for /api, so a server elsewhere still works for sign-in.
 */
export default defineManifest({
  manifest_version: 3,
  name: 'Fairdesk',
  version: '0.1.0',
  description: 'Fairdesk exhibitor desk: your account, sync state and exhibits at a glance.',
  permissions: ['storage', 'alarms'],
  host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  action: { default_title: 'Fairdesk', default_popup: 'src/popup/index.html' },
  options_page: 'src/options/index.html',
});
