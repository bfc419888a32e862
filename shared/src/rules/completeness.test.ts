import { describe, expect, it } from 'vitest';
import { completenessScore } from './completeness.ts';
import { blankExhibit } from '../model/exhibit.ts';

describe('completeness score 展品分 (R1.2)', () => {
  it('is 0 for a blank exhibit and 100 when every counted field is filled', () => {
    expect(completenessScore(blankExhibit())).toBe(0);
    expect(
      completenessScore({
        ...blankExhibit(),
        nameZh: '挖掘机',
        nameEn: 'Excavator',
        descriptionZh: '液压',
        descriptionEn: 'Hydraulic',
        imageIds: ['img1'],
        sectionId: 'sec' as never,
        category: '工程机械',
        keywords: 'digger',
        specs: '20t',
        price: 'USD 50,000',
        moq: 1,
        moqUnit: '台',
        origin: '广州',
        code: 'EX-1',
      }),
    ).toBe(100);
  });

  it('grows with each field filled and ignores blank text', () => {
    const named = completenessScore({ ...blankExhibit(), nameZh: '挖掘机' });
    const described = completenessScore({ ...blankExhibit(), nameZh: '挖掘机', descriptionEn: 'Hydraulic' });
    expect(named).toBeGreaterThan(0);
    expect(described).toBeGreaterThan(named);
    expect(completenessScore({ ...blankExhibit(), nameZh: '   ' })).toBe(0);
  });
});
