// npm run bench:context: does context decide where the message cannot? Every line of data/corpus is
// replayed under three situations LABELING.md names as deciding a two-sided message, built from the
// context the pipeline gathers (ClassificationContext), each classified by a model trained without the
// line's system:
//   - a release 30 min before the first failure, then 20 different records failing on one constant value,
//     where 30 synced the day before: the integration broke (defect);
//   - one record failing six times while 100 others of the integration synced: that record (bad source data);
//   - a business change on the target's entity an hour before 25 records start failing; where the message
//     names a field and value, the change names that value and no earlier successful sync carried it: the
//     business changed something (process change).
// A line counts where the situation's class is its label or its altLabel (a careful reader could defend
// it from the message); the share of those lines the situation decides is the figure. Lines whose message
// rules the situation's class out are counted apart: how often the situation overrode them is shown, not
// scored, since a context can be strong enough to outweigh a message on its own.
import { classify } from '../src/classification/domain/classifier';
import { failingFieldOf } from '../src/classification/domain/failing-field';
import type { ClassificationContext, OwnerClass } from '../src/classification/domain/classification.types';
import { loadCorpus, systemOf, type CorpusLine } from './accuracy/corpus';
import { knowledgeWith, trainModel } from './accuracy/evaluate';

const FIRST_FAILURE = Date.parse('2026-11-02T12:00:00Z');
const at = (minutes: number) => new Date(FIRST_FAILURE + minutes * 60_000).toISOString();

interface Situation {
  name: string;
  decides: OwnerClass;
  context: (line: CorpusLine) => ClassificationContext;
}

const history = (records: number, occurrences: number) => ({
  firstSeenAt: at(0),
  lastSeenAt: at(300),
  occurrences,
  distinctRecords: records,
  maxFailuresPerRecord: Math.ceil(occurrences / records),
  recordsRecovered: 0,
  distinctMessages: 1,
});

const SITUATIONS: Situation[] = [
  {
    name: 'constant value on 20 records since a release',
    decides: 'defect',
    context: (line) => ({
      history: history(20, 20),
      releases: [{ integration: line.event.integration, version: '3.1.0', deployedAt: at(-30) }],
      successesBefore: 30,
      successesSince: 0,
      failuresBeforeLatestRelease: 0,
    }),
  },
  {
    name: 'one record repeating while 100 others sync',
    decides: 'bad_source_data',
    context: () => ({ history: history(1, 6), successesBefore: 40, successesSince: 60 }),
  },
  {
    name: 'a business change on the target entity, then 25 records failing',
    decides: 'process_change',
    context: (line) => {
      // as the pipeline sees it: the field and value the message names, if it names one, new to successful syncs
      const { field, value } = failingFieldOf(line.event);
      const entity = line.event.target?.entity ?? line.event.source.entity;
      return {
        history: history(25, 25),
        changes: [
          {
            system: line.event.target?.system ?? line.event.source.system,
            entity,
            description: value ? `Started using ${value} for ${field}` : `Changed the set-up of ${entity}`,
            changedAt: at(-60),
          },
        ],
        ...(field && {
          failingField: {
            field,
            value,
            valuesInSuccesses: ['STD', 'RUSH'],
            successesWithField: 40,
            distinctFailingValues: 1,
          },
        }),
        successesBefore: 40,
        successesSince: 0,
      };
    },
  },
];

const lines = loadCorpus();
const started = Date.now();
const tally = SITUATIONS.map(() => ({
  eligible: 0,
  decided: 0,
  otherwise: new Map<string, number>(),
  ruledOut: 0,
  overrode: 0,
}));
for (const system of [...new Set(lines.map(systemOf))].sort()) {
  const knowledge = knowledgeWith(trainModel(lines.filter((line) => systemOf(line) !== system)));
  for (const line of lines.filter((l) => systemOf(l) === system)) {
    const event = { ...line.event, occurredAt: at(20) };
    SITUATIONS.forEach((situation, i) => {
      const answer = classify(event, situation.context(line), knowledge).classification;
      const count = tally[i];
      if (line.label === situation.decides || line.altLabel === situation.decides) {
        count.eligible++;
        if (answer === situation.decides) count.decided++;
        else count.otherwise.set(answer, (count.otherwise.get(answer) ?? 0) + 1);
      } else {
        count.ruledOut++;
        if (answer === situation.decides) count.overrode++;
      }
    });
  }
}
console.log(
  `# npm run bench:context, ${new Date().toISOString().slice(0, 10)}: ${lines.length} lines of data/corpus, each classified by a model trained without its system\n`,
);
console.log(
  '| situation | decides | lines where the message allows it | decided by the context | answered otherwise | lines whose message rules it out: overridden |\n|---|---|---|---|---|---|',
);
SITUATIONS.forEach((situation, i) => {
  const count = tally[i];
  const otherwise = [...count.otherwise].map(([cls, n]) => `${cls} ${n}`).join(', ') || '—';
  console.log(
    `| ${situation.name} | ${situation.decides} | ${count.eligible} | ${(count.decided / count.eligible).toFixed(3)} | ${otherwise} | ${count.overrode} of ${count.ruledOut} |`,
  );
});
console.log(`\nbench:context: ${Math.round((Date.now() - started) / 1000)} s`);
