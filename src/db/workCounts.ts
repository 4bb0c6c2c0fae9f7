import type { AppDB } from './appDb';

/**
 * How many procurements and vendor responses are stored, from the tables' counts alone,
 * so the home page loads the procurement code only for someone who has used it.
 */
export async function procurementWorkCount(db: AppDB): Promise<number> {
  const [procurements, vendorResponses] = await Promise.all([db.procurements.count(), db.vendorResponses.count()]);
  return procurements + vendorResponses;
}
