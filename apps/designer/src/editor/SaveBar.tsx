import { useQueryClient } from '@tanstack/react-query';
import type { Problem } from '@samverkan/agreements';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../app/contexts';
import type { VersionRef } from '../api/client';
import { ApiError } from '../api/errors';
import { errorMessage } from '../i18n/messages';
import type { Draft } from './useDraft';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

/**
 * Saves the draft with the row version it was read at. A 409 says someone else saved meanwhile
 * and offers to take their row version while keeping everything typed here; a 422 puts the API's
 * problems next to their fields. Nothing typed is dropped by a failed save.
 */
export function SaveBar({ versionRef, draft }: { versionRef: VersionRef; draft: Draft }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  async function save(): Promise<void> {
    if (state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const saved = await api.saveDraft(versionRef, draft.content, draft.rowVersion);
      draft.setRowVersion(saved.rowVersion);
      setState({ kind: 'saved' });
      await queryClient.invalidateQueries({ queryKey: ['agreements', versionRef.agreement] });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'AGREEMENT_VERSION_STALE') return setState({ kind: 'conflict' });
      if (error instanceof ApiError && error.code === 'AGREEMENT_INVALID') {
        draft.setServerProblems((error.details?.['problems'] as Problem[] | undefined) ?? []);
        return setState({ kind: 'failed', message: 'Utkastet sparades inte: rätta felen vid fälten.' });
      }
      setState({ kind: 'failed', message: `Utkastet sparades inte. ${errorMessage(error, 'read')}` });
    }
  }

  /** Takes the saved version's row version; the user's own text stays in the fields. */
  async function takeTheirs(): Promise<void> {
    const fresh = await api.version(versionRef);
    draft.setRowVersion(fresh.rowVersion);
    setState({ kind: 'idle' });
  }

  const invalid = draft.current === null;
  return (
    <div className="save-bar">
      {/*
       * Not react-aria's isPending: a pending button announces itself by reference (aria-labelledby
       * its own id), and after saving the user goes on to the publish page, where that announcement
       * would point at a button no longer there (axe: role-img-alt). The status below says it in words.
       */}
      <Button className="button" onPress={() => void save()} isDisabled={invalid}>
        Spara utkastet
      </Button>
      {invalid ? <p className="hint">Utkastet har fel: rätta dem för att kunna spara.</p> : null}
      <div role="status" className="status-region">
        {state.kind === 'saving' ? <p>Sparar utkastet …</p> : null}
        {state.kind === 'saved' ? <p>Utkastet är sparat.</p> : null}
      </div>
      <div role="alert" className="alert-region">
        {state.kind === 'conflict' ? (
          <div className="alert">
            <p>
              Någon annan har sparat utkastet sedan du öppnade det. Dina ändringar finns kvar här men är inte sparade.
            </p>
            <Button className="button button--secondary" onPress={() => void takeTheirs()}>
              Läs in den senaste versionen och behåll mina ändringar
            </Button>
          </div>
        ) : null}
        {state.kind === 'failed' ? <p className="alert">{state.message}</p> : null}
      </div>
    </div>
  );
}
