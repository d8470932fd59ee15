import { sectionTitles, type DiffSection } from '@samverkan/agreements';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Label, Link, Text } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../app/contexts';
import { paths } from '../app/paths';
import type { TemplateUpdateView } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { errorMessage } from '../i18n/messages';
import { NotFoundPage } from './NotFoundPage';

export function TemplateUpdatePage() {
  const { agreement } = useParams();
  return agreement ? <TemplateUpdate agreement={agreement} /> : <NotFoundPage />;
}

type Change = TemplateUpdateView['changes'][number];

/**
 * A newer version of the agreement's template: each change in words, to take or leave. Taking
 * makes a new draft with exactly the changes chosen; the others keep the old template's value.
 */
function TemplateUpdate({ agreement }: { agreement: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const summary = useQuery(queries.agreement(api, agreement));
  const update = useQuery(queries.templateUpdate(api, agreement));
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = summary.data?.name ?? agreement;
  useDocumentTitle(`Mallens ändringar – ${name}`);

  async function take(to: string): Promise<void> {
    setMessage(null);
    setBusy(true);
    try {
      const draft = await api.takeTemplateChanges(agreement, to, chosen);
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
      const basedOn = update.data?.basedOn;
      await navigate(
        basedOn === undefined ? paths.version(agreement, draft.version) : paths.diff(agreement, draft.version, basedOn),
      );
    } catch (error) {
      setMessage(`Inget nytt utkast skapades. ${errorMessage(error, 'read')}`);
      setBusy(false);
    }
  }

  const data = update.data;
  return (
    <div className="wide">
      <p className="back">
        <Link href={paths.overview}>← Till översikten</Link>
      </p>
      <h1 tabIndex={-1}>
        Mallens ändringar<span className="h1-context">{name}</span>
      </h1>
      <QueryStatus query={update} what="mallens ändringar" />
      {data ? (
        data.from === null ? (
          <p>Avtalet bygger inte på någon mall.</p>
        ) : data.to === null ? (
          <p>
            Version {data.basedOn} bygger på {data.from}, den senaste versionen av mallen. Det finns inga ändringar att
            ta ställning till.
          </p>
        ) : (
          <>
            <p className="lead">
              Mallen {data.from}, som version {data.basedOn} bygger på, har en ny version: {data.to}. Välj de ändringar
              ni vill ta. De andra lämnas: ert avtal behåller där mallens tidigare lydelse.
            </p>
            <CheckboxGroup className="checkbox-group" value={chosen} onChange={setChosen}>
              <Label>Ändringar i mallen</Label>
              {bySection(data.changes).map(([section, changes]) => (
                <fieldset key={section} className="change-section">
                  <legend>{sectionTitles[section as DiffSection] ?? section}</legend>
                  {changes.map((change) =>
                    change.ownValue ? (
                      <p key={change.path} className="own-value">
                        {change.text}. <em>Ert avtal har ett eget värde här, så ändringen påverkar det inte.</em>
                      </p>
                    ) : (
                      <Checkbox key={change.path} value={change.path}>
                        {change.text}
                      </Checkbox>
                    ),
                  )}
                </fieldset>
              ))}
              <Text slot="description">
                {chosen.length} av {data.changes.filter((c) => !c.ownValue).length} valda
              </Text>
            </CheckboxGroup>
            <div className="actions">
              {/* Not isPending: react-aria announces a pending button by its label, which is gone once
                  the page changes to the new draft (axe role-img-alt on the announcer's stale entry). */}
              <Button className="button" isDisabled={busy} onPress={() => void take(data.to ?? '')}>
                Skapa ett nytt utkast med de valda ändringarna
              </Button>
            </div>
            <p role="status">{busy ? 'Skapar utkastet…' : ''}</p>
            <div role="alert" className="alert-region">
              {message ? <p className="alert">{message}</p> : null}
            </div>
          </>
        )
      ) : null}
    </div>
  );
}

function bySection(changes: Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups];
}
