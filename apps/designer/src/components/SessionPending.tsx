import { Button } from 'react-aria-components';
import type { SessionState } from '../session/sessionState';
import { useDocumentTitle } from './useDocumentTitle';

export interface SessionPendingProps {
  state: Extract<SessionState, { kind: 'loading' | 'failed' }>;
  onRetry: () => void;
}

/** While the stored token is checked, or when checking it failed without ending the session. */
export function SessionPending({ state, onRetry }: SessionPendingProps) {
  useDocumentTitle('Översikt');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Översikt</h1>
      {state.kind === 'loading' ? (
        <p role="status" className="hint">
          Hämtar dina uppgifter…
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {state.kind === 'failed' ? <p className="alert">{state.message}</p> : null}
      </div>
      {state.kind === 'failed' ? (
        <Button className="button" onPress={onRetry}>
          Försök igen
        </Button>
      ) : null}
    </div>
  );
}
