import { AppSettingsSchema, type AppSettings } from '../domain';
import { appDb, type AppDB } from './appDb';

export interface SettingsRepository {
  /** Every setting, with defaults for those never set; a stored value that fails validation falls back to its default. */
  get(): Promise<AppSettings>;
  set(patch: Partial<AppSettings>): Promise<AppSettings>;
  /** When the most recent change to any assessment was logged, or null when nothing was. */
  lastChangeAt(): Promise<string | null>;
}

export function settingsRepository(db: AppDB = appDb()): SettingsRepository {
  const get: SettingsRepository['get'] = async () => {
    const rows = await db.settings.toArray();
    const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(AppSettingsSchema.shape) as (keyof AppSettings)[]) {
      const one = AppSettingsSchema.shape[key].safeParse(raw[key]);
      out[key] = one.success ? one.data : AppSettingsSchema.shape[key].parse(undefined);
    }
    return out as AppSettings;
  };
  return {
    get,
    async set(patch) {
      const next = AppSettingsSchema.parse({ ...(await get()), ...patch });
      await db.settings.bulkPut(Object.entries(patch).map(([key]) => ({ key, value: next[key as keyof AppSettings] })));
      return next;
    },
    async lastChangeAt() {
      // Every change stamps its assessment's updatedAt in the same write as its trail event.
      // From the index alone: reading the row would bring a whole assessment (up to 25 MB)
      // onto the page every time any assessment changes (this runs in a live query).
      const [last] = await db.assessments.orderBy('updatedAt').reverse().limit(1).keys();
      return typeof last === 'string' ? last : null;
    },
  };
}
