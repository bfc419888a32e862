/** Messages of the agent area; en must have exactly the keys of zh (the type checker holds it to that). */
export const zh = {
  'agent.capReached': '企业最多可上架2500个展品，超出的{count}个展品已被自动下架',
  'agent.banKept': '已封禁的展品只能由展会解封，{count}个展品仍为已封禁',
  'agent.banOnlyByFair': '只有展会可以封禁展品，{count}个展品已恢复为已下架',
  'agent.blobTooLarge': '图片不能超过2 MB',
  'agent.blobType': '只支持 JPEG、PNG 或 WebP 图片',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'agent.capReached': 'A company can list at most 2,500 exhibits; {count} exhibits over the limit were set back to unlisted',
  'agent.banKept': 'Only the fair can lift a ban; {count} exhibits stay banned',
  'agent.banOnlyByFair': 'Only the fair can ban exhibits; {count} exhibits were set back to unlisted',
  'agent.blobTooLarge': 'An image may be at most 2 MB',
  'agent.blobType': 'Only JPEG, PNG or WebP images are accepted',
};
