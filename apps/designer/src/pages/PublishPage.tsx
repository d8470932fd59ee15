import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Dialog, Heading, Label, Modal } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useApi } from '../app/contexts';
import { formatInstant } from '../app/stockholm';
import { paths } from '../app/paths';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { errorMessage } from '../i18n/messages';

export function PublishPage() {
  return <VersionPageShell>{(ref) => <Publish versionRef={ref} />}</VersionPageShell>;
}

/**
 * The defaults to confirm (values the routines take from the template or the product, not from
 * the county's text), then publishing, with a confirmation that names what becomes immutable.
 */
function Publish({ versionRef }: { versionRef: VersionRef }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const timers = useQuery(queries.timers(api, versionRef));
  const version = useQuery(queries.version(api, versionRef));
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const defaults = (timers.data?.routines ?? []).flatMap((routine) =>
    routine.parameters
      .filter((p) => p.toConfirm)
      .map((p) => ({ ...p, routine, path: `routines.${routine.binding}.parameters.${p.name}` })),
  );
  const unconfirmed = timers.data?.unconfirmed ?? [];

  async function refresh(): Promise<void> {
    await queryClient.invalidateQueries({ queryKey: ['agreements', versionRef.agreement] });
  }

  async function confirm(): Promise<void> {
    setMessage(null);
    try {
      const current = await api.version(versionRef);
      await api.confirmDefaults(versionRef, chosen, current.rowVersion);
      setChosen([]);
      await refresh();
    } catch (error) {
      setMessage(`Förvalen bekräftades inte. ${errorMessage(error, 'read')}`);
    }
  }

  async function publish(): Promise<void> {
    setAsking(false);
    try {
      await api.publish(versionRef);
      await refresh();
      await navigate(paths.version(versionRef.agreement, versionRef.version));
    } catch (error) {
      setMessage(`Versionen publicerades inte. ${errorMessage(error, 'read')}`);
    }
  }

  return (
    <VersionFrame versionRef={versionRef} title="Bekräfta och publicera">
      <QueryStatus query={timers} what="rutinernas förval" />
      <section aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">Förval att bekräfta</h2>
        <p>
          Värdena nedan kommer från rutinmallen eller produkten, inte från er egen text. Bekräfta dem, eller ändra dem i
          rutinerna under Redigera.
        </p>
        {defaults.length === 0 ? <p>Inga förval att bekräfta.</p> : null}
        <CheckboxGroup className="checkbox-group" value={chosen} onChange={setChosen}>
          <Label>Förval</Label>
          {defaults.map((item) =>
            item.confirmation ? (
              <p key={item.path} className="confirmed">
                {item.routine.title ?? item.routine.binding}: {item.title}: {item.text}. Bekräftat av{' '}
                {item.confirmation.confirmedByName} {formatInstant(item.confirmation.confirmedAt)}.
              </p>
            ) : (
              <Checkbox key={item.path} value={item.path}>
                {item.routine.title ?? item.routine.binding}: {item.title}: {item.text} ({item.sourceText})
              </Checkbox>
            ),
          )}
        </CheckboxGroup>
        {unconfirmed.length ? (
          <div className="actions">
            <Button className="button button--secondary" onPress={() => setChosen(unconfirmed)}>
              Välj alla obekräftade
            </Button>
            <Button className="button" isDisabled={chosen.length === 0} onPress={() => void confirm()}>
              Bekräfta valda förval
            </Button>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publicera</h2>
        {unconfirmed.length ? (
          <p>{unconfirmed.length} förval är inte bekräftade: versionen kan inte publiceras än.</p>
        ) : null}
        <Button
          className="button"
          isDisabled={unconfirmed.length > 0 || version.data?.status !== 'draft'}
          onPress={() => setAsking(true)}
        >
          Publicera version {versionRef.version}
        </Button>
        <div role="alert" className="alert-region">
          {message ? <p className="alert">{message}</p> : null}
        </div>
      </section>
      <Modal isOpen={asking} onOpenChange={setAsking} isDismissable className="modal">
        <Dialog className="dialog">
          <Heading slot="title">Publicera version {versionRef.version}?</Heading>
          <p>
            Efter publiceringen kan versionen inte ändras: parterna, organen och deras mötesfrekvens,
            kostnadsfördelningen, giltigheten och uppsägningen, rutinerna med sina roller och tider och de bekräftade
            förvalen låses. Den blir den version som gäller, och en tidigare publicerad version ersätts. Ändringar görs
            därefter i ett nytt utkast.
          </p>
          <div className="actions">
            <Button className="button" onPress={() => void publish()}>
              Ja, publicera
            </Button>
            <Button className="button button--secondary" slot="close">
              Avbryt
            </Button>
          </div>
        </Dialog>
      </Modal>
    </VersionFrame>
  );
}
