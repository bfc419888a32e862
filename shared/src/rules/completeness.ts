import type { Exhibit } from '../model/exhibit.ts';

/**
 * 展品分 (R1.2): how fully an exhibit is described, 0–100. Names, description and images weigh
 * most because buyers match and choose on them; both languages count, since buyers search in
 * either.
 */
const WEIGHTS: [keyof Exhibit, number][] = [
  ['nameZh', 10],
  ['nameEn', 10],
  ['descriptionZh', 10],
  ['descriptionEn', 10],
  ['imageIds', 15],
  ['sectionId', 5],
  ['category', 5],
  ['keywords', 8],
  ['specs', 7],
  ['price', 5],
  ['moq', 5],
  ['moqUnit', 2],
  ['origin', 3],
  ['code', 5],
];

function filled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return value > 0;
  return typeof value === 'string' && value.trim() !== '';
}

export function completenessScore(e: Partial<Exhibit>): number {
  let score = 0;
  for (const [field, weight] of WEIGHTS) if (filled(e[field])) score += weight;
  return score;
}
