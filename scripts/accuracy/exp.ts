import { groupedFolds, leaveOneSystemOut, predictAll, score } from './evaluate';
import { isHoldout, loadCorpus } from './corpus';
import { DEFAULT_TRAINING } from '../../src/classification/domain/model/train';
const lines = loadCorpus().filter((l) => !isHoldout(l));
const show = (name: string, s: ReturnType<typeof score>) => console.log(`${name.padEnd(40)} F1 ${s.macroF1.toFixed(3)} acc ${s.accuracy.toFixed(3)} len ${s.lenient.toFixed(3)} tri ${s.triageRate.toFixed(3)} ece ${s.ece.toFixed(3)} hi ${s.confidentRight.toFixed(3)}/${s.confidentAnswers}`);
show('no model (packs+signals)', score(predictAll(undefined, lines)));
const configs: Array<[string, Partial<typeof DEFAULT_TRAINING>]> = [
  ['default', {}], ['l2 0.0005', { l2: 0.0005 }], ['l2 0.01', { l2: 0.01 }], ['alt 0', { altShare: 0 }], ['alt 0.4', { altShare: 0.4 }], ['minCount 1', { minCount: 1 }], ['epochs 150', { epochs: 150 }],
];
for (const [name, o] of configs) show(`grouped ${name}`, score(groupedFolds(lines, 5, { ...DEFAULT_TRAINING, ...o })));
