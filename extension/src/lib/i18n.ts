import { isMessageKey, translate, type Locale, type MessageKey } from '@fairdesk/shared';

/**
 * Messages only the extension needs. They belong in shared's catalogues (see the extension's
 * CONTEXT.md); until they move there they live here, in the same zh-CN / en shape.
 */
const zhCN = {
  'ext.options.title': 'Fairdesk 扩展设置',
  'ext.server': '服务器地址',
  'ext.serverInvalid': '请输入以 http:// 或 https:// 开头的服务器地址',
  'ext.serverError': '服务器出错（{status}），请稍后重试',
  'ext.badAnswer': '服务器的应答无法识别，请检查服务器地址',
  'ext.signingIn': '正在登录…',
  'ext.signedInAs': '已登录：{name}',
  'ext.notSignedIn': '未登录',
  'ext.openOptions': '登录',
  'ext.sessionExpired': '登录已过期，请重新登录',
  'ext.account': '账号',
  'ext.company': '企业',
  'ext.role': '身份',
  'ext.sync': '同步状态',
  'ext.listedCount': '已上架展品',
  'ext.loading': '加载中…',
  'ext.waitingForData': '正在获取数据…',
} as const;

export type ExtensionKey = keyof typeof zhCN;

const en: Record<ExtensionKey, string> = {
  'ext.options.title': 'Fairdesk extension settings',
  'ext.server': 'Server address',
  'ext.serverInvalid': 'Enter a server address starting with http:// or https://',
  'ext.serverError': 'The server had a problem ({status}); try again later',
  'ext.badAnswer': 'The server’s answer was not understood; check the server address',
  'ext.signingIn': 'Signing in…',
  'ext.signedInAs': 'Signed in as {name}',
  'ext.notSignedIn': 'Not signed in',
  'ext.openOptions': 'Sign in',
  'ext.sessionExpired': 'Your session has expired; sign in again',
  'ext.account': 'Account',
  'ext.company': 'Company',
  'ext.role': 'Role',
  'ext.sync': 'Sync',
  'ext.listedCount': 'Listed exhibits',
  'ext.loading': 'Loading…',
  'ext.waitingForData': 'Fetching data…',
};

const local: Record<Locale, Record<ExtensionKey, string>> = { 'zh-CN': zhCN, en };

export type Key = MessageKey | ExtensionKey;

/** A message to show later, in whatever language is chosen by then. */
export interface Message {
  key: Key;
  params?: Record<string, string | number>;
}

function isExtensionKey(key: string): key is ExtensionKey {
  return Object.hasOwn(zhCN, key);
}

/** Plain text for a key of shared's catalogue or the extension's own; never HTML. */
export function t(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  if (!isExtensionKey(key)) return translate(locale, key, params);
  return local[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isKey(v: unknown): v is Key {
  return isMessageKey(v) || (typeof v === 'string' && isExtensionKey(v));
}

export const extensionMessages = local;
