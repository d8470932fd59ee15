import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../i18n/messages';

export interface QueryStatusProps {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error'>;
  /** What is being fetched, for the status line: "Hämtar {what}…". */
  what: string;
}

/** A query's progress as a status message, and its failure as an alert, in Swedish. */
export function QueryStatus({ query, what }: QueryStatusProps) {
  return (
    <>
      {query.isPending ? (
        <p role="status" className="hint">
          Hämtar {what}…
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {query.isError ? <p className="alert">{errorMessage(query.error, 'read')}</p> : null}
      </div>
    </>
  );
}
