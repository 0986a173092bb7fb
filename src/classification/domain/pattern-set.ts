/**
 * Which of many patterns a text matches, with the answer of testing each one alone but a fraction of the
 * cost. Every message the service classifies is tested against about a hundred patterns (the policy's
 * shapes, the message signals, a pack's families), and most of them do not match: the patterns are tested
 * in small groups, each group first as one alternation, and only a group whose alternation matched is
 * tested pattern by pattern. An alternation matches exactly when one of its members does, so the answer is
 * the same; on the corpus this is about a third of the time of testing each pattern alone
 * (npm run bench:classifier).
 *
 * A pattern the alternation would change is always tested alone: one with a back-reference or a named
 * group (numbering and names change when patterns are joined), or a global or sticky one (test moves its
 * lastIndex).
 */
export interface PatternSet {
  /** for each pattern, in the order given, whether the text matches it (undefined patterns never match) */
  matches(text: string): boolean[];
}

/** Five a group measured fastest on the corpus's messages (3, 5, 8 and 12 were tried). */
const GROUP_SIZE = 5;

interface Group {
  /** the members' indices in the original list */
  members: number[];
  /** their alternation, when there is more than one member */
  any?: RegExp;
}

const joinable = (pattern: RegExp): boolean =>
  !pattern.global && !pattern.sticky && !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern.source);

export function patternSet(patterns: ReadonlyArray<RegExp | undefined>): PatternSet {
  const groups: Group[] = [];
  const open = new Map<string, number[]>();
  const close = (members: number[]) => {
    if (members.length === 0) return;
    const first = patterns[members[0]]!;
    groups.push({
      members,
      any:
        members.length > 1
          ? new RegExp(members.map((i) => `(?:${patterns[i]!.source})`).join('|'), first.flags)
          : undefined,
    });
  };
  patterns.forEach((pattern, i) => {
    if (!pattern) return;
    if (!joinable(pattern)) {
      groups.push({ members: [i] });
      return;
    }
    // only patterns with the same flags share an alternation
    const members = open.get(pattern.flags) ?? [];
    members.push(i);
    open.set(pattern.flags, members);
    if (members.length === GROUP_SIZE) {
      close(members);
      open.delete(pattern.flags);
    }
  });
  for (const members of open.values()) close(members);

  return {
    matches(text: string): boolean[] {
      const found = new Array<boolean>(patterns.length).fill(false);
      for (const { members, any } of groups) {
        if (any && !any.test(text)) continue;
        for (const i of members) found[i] = patterns[i]!.test(text);
      }
      return found;
    },
  };
}
