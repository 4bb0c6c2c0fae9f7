import type { z } from 'zod';
import { issueDetail } from '../../../src/domain/problems';
import { englishProblemText } from '../../../src/words/problems';

/** A zod issue as the CLI would print it in English: `a.b.0: Sentence.` (the path joined with dots). */
export const englishIssue = (issue: z.core.$ZodIssue): string => englishProblemText({ ...issueDetail(issue), path: issue.path.map(String).join('.') });
