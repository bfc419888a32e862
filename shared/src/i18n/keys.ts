import type { zhCN } from './zh-CN.ts';

/** Every message has a key; the zh-CN catalogue is the list of keys, and en must have them all. */
export type MessageKey = keyof typeof zhCN;
export type Catalogue = Record<MessageKey, string>;
