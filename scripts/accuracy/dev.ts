import { groupedFolds, leaveOneSystemOut, report, score } from './evaluate';
import { isHoldout, loadCorpus } from './corpus';
const lines = loadCorpus().filter((l) => !isHoldout(l));
const t = Date.now();
const mode = process.argv[2] ?? 'loso';
const preds = mode === 'loso' ? leaveOneSystemOut(lines) : groupedFolds(lines);
console.log(report(`${mode} dev (${lines.length} lines)`, score(preds)));
console.log(`${Math.round((Date.now() - t) / 1000)} s`);
