import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../app/contexts';
import { formatInstant } from '../app/stockholm';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { errorMessage } from '../i18n/messages';
import { versionStatusLabels } from '../i18n/status';
import { AgreementLifecycle } from './AgreementLifecycle';
import { CalendarFeeds } from './CalendarFeeds';

export function VersionPage() {
  return <VersionPageShell>{(ref) => <VersionDocument versionRef={ref} />}</VersionPageShell>;
}

/** One version: its facts, the generated document in the page, and the document as PDF. */
function VersionDocument({ versionRef }: { versionRef: VersionRef }) {
  const api = useApi();
  const version = useQuery(queries.version(api, versionRef));
  const document = useQuery(queries.document(api, versionRef));

  return (
    <VersionFrame versionRef={versionRef} title="Dokument">
      <QueryStatus query={version} what="versionen" />
      {version.data ? (
        <dl className="details">
          <div>
            <dt>Status</dt>
            <dd>{versionStatusLabels[version.data.status]}</dd>
          </div>
          <div>
            <dt>Senast ändrad</dt>
            <dd>{formatInstant(version.data.updatedAt)}</dd>
          </div>
          {version.data.publishedAt ? (
            <div>
              <dt>Publicerad</dt>
              <dd>
                {formatInstant(version.data.publishedAt)}
                {version.data.publishedBy
                  ? ` av ${version.data.publishedBy === 'seed' ? 'grunddata' : version.data.publishedBy}`
                  : ''}
              </dd>
            </div>
          ) : null}
          {version.data.contentHash ? (
            <div>
              <dt>Kontrollsumma</dt>
              <dd>
                <code title={version.data.contentHash}>{version.data.contentHash.slice(0, 16)}…</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <PdfDownload versionRef={versionRef} />
      {version.data?.status === 'published' ? (
        <>
          <AgreementLifecycle versionRef={versionRef} parties={partiesOf(version.data.content)} />
          <CalendarFeeds agreement={versionRef.agreement} parties={partiesOf(version.data.content)} />
        </>
      ) : null}
      <section aria-labelledby="document-heading">
        <h2 id="document-heading">Avtalsdokumentet</h2>
        <QueryStatus query={document} what="dokumentet" />
        {document.data !== undefined ? (
          <DocumentFrame html={document.data} title={`Avtalsdokumentet, version ${versionRef.version}`} />
        ) : null}
      </section>
    </VersionFrame>
  );
}

/**
 * The API's own document, shown as it prints: in a frame of its own, so that its style sheet and
 * its landmarks stay its own. The frame runs no script (sandbox) and is as tall as its content.
 */
export function DocumentFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | undefined>(undefined);
  return (
    <iframe
      ref={frame}
      className="document-frame"
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
      style={height === undefined ? undefined : { height }}
      onLoad={() => setHeight(frame.current?.contentDocument?.documentElement.scrollHeight)}
    />
  );
}

/**
 * The PDF needs the bearer token, which a plain link cannot send: it is fetched, then handed to
 * the browser as a download.
 */
function PdfDownload({ versionRef }: { versionRef: VersionRef }) {
  const api = useApi();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function download(): Promise<void> {
    if (state.busy) return;
    setState({ busy: true, error: null });
    try {
      const pdf = await api.documentPdf(versionRef);
      const url = URL.createObjectURL(pdf);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = `${versionRef.agreement}-version-${versionRef.version}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error, 'read') });
    }
  }
  return (
    <div className="actions">
      {/* Not isPending: its announcement refers to the button by id and outlives a page change (SaveBar). */}
      <Button className="button" onPress={() => void download()}>
        Ladda ner som PDF
      </Button>
      {state.busy ? (
        <p role="status" className="hint">
          Skapar PDF…
        </p>
      ) : null}
      <div role="alert" className="alert-region">
        {state.error ? <p className="alert">{state.error}</p> : null}
      </div>
    </div>
  );
}

/** The parties a version names (as stored: a version built on a template names its own). */
function partiesOf(content: unknown): { key: string; name: string }[] {
  const parties = (content as { parties?: unknown } | null)?.parties;
  if (!Array.isArray(parties)) return [];
  return parties.flatMap((p: unknown) => {
    const party = p as { key?: unknown; name?: unknown };
    return typeof party.key === 'string' && typeof party.name === 'string'
      ? [{ key: party.key, name: party.name }]
      : [];
  });
}
