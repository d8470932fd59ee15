import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useApi, useSessionContext } from '../app/contexts';
import { formatInstant } from '../app/stockholm';
import type { CreatedCalendarFeed } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { errorMessage } from '../i18n/messages';

interface Party {
  key: string;
  name: string;
}

/**
 * Each party's calendar to subscribe to in a calendar program (Outlook, Google, Apple): a secret
 * address that needs no sign-in, made by the county's strategist, shown once with a copy button,
 * and revoked when it has gone astray. Its calendar is always the published version's.
 */
export function CalendarFeeds({ agreement, parties }: { agreement: string; parties: Party[] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { state } = useSessionContext();
  const roles = state.kind === 'signed-in' ? state.me.roles : [];
  const writes = roles.includes('strategist');
  const feeds = useQuery({ ...queries.calendarFeeds(api, agreement), enabled: writes || roles.includes('admin') });
  const [made, setMade] = useState<CreatedCalendarFeed | null>(null);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!writes && !roles.includes('admin')) return null;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['agreements', agreement, 'calendar-feeds'] });
  const address = made ? `${window.location.origin}${made.path}` : '';

  async function create(party: string): Promise<void> {
    setMessage(null);
    setCopied(false);
    try {
      setMade(await api.createCalendarFeed(agreement, party));
      await refresh();
    } catch (error) {
      setMessage(`Ingen adress skapades. ${errorMessage(error, 'read')}`);
    }
  }

  async function revoke(feed: string): Promise<void> {
    setMessage(null);
    try {
      await api.revokeCalendarFeed(agreement, feed);
      if (made?.id === feed) setMade(null);
      await refresh();
    } catch (error) {
      setMessage(`Adressen återkallades inte. ${errorMessage(error, 'read')}`);
    }
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      setMessage('Adressen kunde inte kopieras: markera den i fältet och kopiera den själv.');
    }
  }

  const nameOf = (key: string) => parties.find((p) => p.key === key)?.name ?? key;
  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Prenumerera på kalendern</h2>
      <p>
        Varje part kan prenumerera på sin kalender i sitt kalenderprogram med en egen hemlig adress, utan att logga in.
        Kalendern följer den publicerade versionen. Den som har adressen kan läsa kalendern: ge den bara till parten,
        och återkalla den om den hamnat fel.
      </p>
      <QueryStatus query={feeds} what="kalenderadresserna" />
      <div role="alert" className="alert-region">
        {message ? <p className="alert">{message}</p> : null}
      </div>
      {made ? (
        <div className="notice">
          <TextField className="field" value={address} isReadOnly>
            <Label>Kalenderadress för {nameOf(made.party)}</Label>
            <Input spellCheck={false} />
          </TextField>
          <p className="hint">Adressen visas bara nu. Spara den eller ge den till parten direkt.</p>
          <div className="actions">
            <Button className="button" onPress={() => void copy()}>
              Kopiera adressen
            </Button>
          </div>
          <p role="status">{copied ? 'Adressen är kopierad.' : ''}</p>
        </div>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Aktiva adresser</th>
            {writes ? <th scope="col">Åtgärder</th> : null}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => {
            const active = (feeds.data ?? []).filter((f) => f.party === party.key && f.revokedAt === null);
            return (
              <tr key={party.key}>
                <th scope="row">{party.name}</th>
                <td>
                  {active.length === 0 ? (
                    'Ingen'
                  ) : (
                    <ul className="plain">
                      {active.map((feed) => (
                        <li key={feed.id}>
                          Skapad {formatInstant(feed.createdAt)}
                          {feed.createdBy ? ` av ${feed.createdBy}` : ''}
                          {writes ? (
                            <>
                              {' '}
                              <Button className="button button--secondary" onPress={() => void revoke(feed.id)}>
                                Återkalla
                                <span className="visually-hidden">
                                  {' '}
                                  adressen för {party.name} skapad {formatInstant(feed.createdAt)}
                                </span>
                              </Button>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {writes ? (
                  <td>
                    <Button className="button button--secondary" onPress={() => void create(party.key)}>
                      Skapa adress<span className="visually-hidden"> för {party.name}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
