import * as Y from 'yjs';
import { addExhibit, type SectionId } from '@fairdesk/shared';

const WORDS_ZH = ['液压', '数控', '机床', '发电', '变压器', '输送', '包装', '注塑', '焊接', '切割', '钢结构', '泵', '阀门', '电机', '齿轮'];
const WORDS_EN = ['hydraulic', 'CNC', 'machine', 'generator', 'transformer', 'conveyor', 'packaging', 'injection', 'welding', 'cutting', 'steel', 'pump', 'valve', 'motor', 'gearbox'];

/** A big exhibitor's catalogue: `count` listed exhibits with short but realistic bilingual text. */
export function buildCatalogue(count: number): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (let i = 0; i < count; i++) {
      const zh = Array.from({ length: 4 }, (_, k) => WORDS_ZH[(i * 7 + k * 3) % WORDS_ZH.length]).join('');
      const en = Array.from({ length: 4 }, (_, k) => WORDS_EN[(i * 5 + k * 3) % WORDS_EN.length]).join(' ');
      const kw = i % 90 + 10;
      const added = addExhibit(doc, {
        code: `BX-${String(i).padStart(5, '0')}`,
        nameZh: `${zh}设备 ${i}号`,
        nameEn: `${en} unit no. ${i}`,
        sectionId: (i % 2 ? 'sec-power' : 'sec-machinery') as SectionId,
        category: i % 3 ? '工程机械 / Construction machinery' : '机床 / Machine tools',
        keywords: `${zh}, ${en}`,
        descriptionZh: `${zh}，型号 ${i}，额定功率 ${kw} kW。`,
        descriptionEn: `${en} model ${i}: rated power ${kw} kW, 2-year warranty.`,
        specs: `${i % 40 + 2} t, 380 V`,
        price: `USD ${1000 + i * 13}`,
        moq: 1 + (i % 5),
        moqUnit: 'set',
        origin: 'Guangzhou',
        status: 'listed',
        order: i,
      });
      if (!added.ok) throw new Error(`bench exhibit ${i} is invalid`);
    }
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
