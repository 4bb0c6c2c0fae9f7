/** The action plan's route parameter that opens a new action already linked to one finding. */
const PREFIX = 'new-for-';

export const newActionForParam = (findingKey: string) => `${PREFIX}${findingKey}`;

/** The finding key a route parameter asks a new action for, or null. */
export const findingForNewAction = (param: string | undefined): string | null =>
  param?.startsWith(PREFIX) && param.length > PREFIX.length ? param.slice(PREFIX.length) : null;
