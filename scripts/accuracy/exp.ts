import { groupedFolds, leaveOneSystemOut, predictAll, score } from './evaluate';
import { isHoldout, loadCorpus } from './corpus';
const lines = loadCorpus().filter((l) => !isHoldout(l));
const show = (name: string, s: ReturnType<typeof score>) => console.log(`${name.padEnd(40)} F1 ${s.macroF1.toFixed(3)} acc ${s.accuracy.toFixed(3)} len ${s.lenient.toFixed(3)} tri ${s.triageRate.toFixed(3)} ece ${s.ece.toFixed(3)} hi ${s.confidentRight.toFixed(3)}/${s.confidentAnswers}`);
const tag = process.argv[2] ?? '';
show(`${tag} no model`, score(predictAll(undefined, lines)));
show(`${tag} grouped`, score(groupedFolds(lines, 5)));
if (process.argv.includes('--loso')) show(`${tag} loso`, score(leaveOneSystemOut(lines)));
