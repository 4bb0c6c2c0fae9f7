import type { RestoreChoice, RestorePlanRow, RestoreSide } from '../../domain';

const CHOICE_LABELS: Record<RestoreChoice, string> = {
  add: 'Add',
  copy: 'Add as a copy',
  skip: 'Skip',
  replace: 'Replace the stored one',
};

function Side(props: { side: RestoreSide }) {
  const s = props.side;
  return (
    <>
      <div>
        Last edited <time dateTime={s.updatedAt}>{new Date(s.updatedAt).toLocaleString()}</time>
      </div>
      <div className="muted">
        Created <time dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleDateString()}</time>; {s.answered} answered
      </div>
    </>
  );
}

/** Side by side, what the backup holds and what is stored here, with a choice per assessment. */
export function RestorePreview(props: { rows: RestorePlanRow[]; onChoose: (id: string, choice: RestoreChoice) => void }) {
  return (
    <table className="restore-preview">
      <caption>What the backup holds and what is stored here</caption>
      <thead>
        <tr>
          <th scope="col">Assessment</th>
          <th scope="col">In the backup</th>
          <th scope="col">Stored here</th>
          <th scope="col">What to do</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" dir="auto">{row.incoming.productName}</th>
            <td>
              <Side side={row.incoming} />
            </td>
            <td>
              {row.stored === null ? (
                'Not stored here'
              ) : row.stored === 'unreadable' ? (
                'A record this version cannot open'
              ) : (
                <>
                  {row.stored.productName !== row.incoming.productName && <div>Named "<bdi>{row.stored.productName}</bdi>"</div>}
                  <Side side={row.stored} />
                  {row.identical && <div>Identical to the backup</div>}
                </>
              )}
            </td>
            <td>
              <select
                aria-label={`What to do with ${row.incoming.productName}`}
                value={row.choice}
                onChange={(e) => props.onChoose(row.id, e.target.value as RestoreChoice)}
              >
                {row.options.map((o) => (
                  <option key={o} value={o}>
                    {o === 'skip' && row.stored !== null ? 'Skip (keep the stored one)' : CHOICE_LABELS[o]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
