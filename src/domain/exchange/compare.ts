import { canonicalJson } from '../canonical';
import type { Assessment } from '../assessment/schema';

/** One side of a stored-versus-incoming comparison, as counts and dates (words are the UI's). */
export interface AssessmentSide {
  productName: string;
  version: string;
  organisation: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  answered: number;
  findings: number;
  actions: number;
}

/** What replacing `stored` with `incoming` would lose: entries only stored here, or stored here differently. */
export interface ReplaceLoss {
  answersOnlyHere: number;
  answersDifferent: number;
  findingsOnlyHere: number;
  actionsOnlyHere: number;
  contextOnlyHere: number;
  storedIsNewer: boolean;
}

export function describeSide(a: Assessment): AssessmentSide {
  return {
    productName: a.subject.productName,
    version: a.subject.version,
    organisation: a.subject.organisation,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    revision: a.revision.number,
    answered: Object.values(a.answers).filter((x) => x.status !== null).length,
    findings: Object.keys(a.findings).length,
    actions: a.actions.length,
  };
}

export function replaceLoss(stored: Assessment, incoming: Assessment): ReplaceLoss {
  const same = (x: unknown, y: unknown) => canonicalJson(x) === canonicalJson(y);
  let answersOnlyHere = 0;
  let answersDifferent = 0;
  for (const [id, answer] of Object.entries(stored.answers)) {
    const other = incoming.answers[id];
    if (!other) answersOnlyHere++;
    else if (!same(answer, other)) answersDifferent++;
  }
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const onlyHere = (here: readonly { id: string }[], there: readonly { id: string }[]) => {
    const other = ids(there);
    return here.filter((x) => !other.has(x.id)).length;
  };
  return {
    answersOnlyHere,
    answersDifferent,
    findingsOnlyHere: Object.keys(stored.findings).filter((k) => !(k in incoming.findings)).length,
    actionsOnlyHere: onlyHere(stored.actions, incoming.actions),
    contextOnlyHere:
      onlyHere(stored.tradeoffs, incoming.tradeoffs) + onlyHere(stored.stakeholders, incoming.stakeholders) + onlyHere(stored.benefits, incoming.benefits),
    storedIsNewer: stored.updatedAt > incoming.updatedAt,
  };
}
