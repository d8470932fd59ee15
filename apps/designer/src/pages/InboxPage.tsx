import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useApi } from '../app/contexts';
import { pageParam, paths } from '../app/paths';
import { INBOX_PAGE_SIZE, queries } from '../api/queries';
import type { InboxItem } from '../api/types';
import { QueryStatus } from '../components/QueryStatus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { errorMessage } from '../i18n/messages';
import { unreadLabel } from '../i18n/notices';
import { NotFoundPage } from './NotFoundPage';
import { NoticeItem } from './NoticeItem';

/**
 * The user's inbox (docs/designer.md, "Inkorgen"): the notices addressed to their party, newest
 * first, a page at a time, each read or unread for this user. What is marked read is announced.
 */
export function InboxPage() {
  useDocumentTitle('Inkorg');
  const [search] = useSearchParams();
  const page = pageParam(search.get('sida'));
  if (page === null) return <NotFoundPage />;
  return <InboxList page={page} />;
}

function InboxList({ page }: { page: number }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const inbox = useQuery(queries.inbox(api, page));
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const h1 = useRef<HTMLHeadingElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['inbox'] });
  // Another page of the inbox is the same address to the router: start it at its heading too.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    setStatus('');
    h1.current?.focus();
  }, [page]);

  async function markRead(item: InboxItem): Promise<void> {
    setStatus('');
    setAlert(null);
    try {
      await api.markNoticeRead(item.id);
      await refresh();
      setStatus(`”${item.title}” är markerat som läst.`);
    } catch (error) {
      setAlert(`Meddelandet markerades inte som läst. ${errorMessage(error, 'read')}`);
      throw error;
    }
  }

  async function markAllRead(): Promise<void> {
    setStatus('');
    setAlert(null);
    try {
      const done = await api.markAllNoticesRead();
      await refresh();
      setStatus(
        done.marked === 1 ? 'Ett meddelande är markerat som läst.' : 'Alla meddelanden är markerade som lästa.',
      );
      h1.current?.focus();
    } catch (error) {
      setAlert(`Meddelandena markerades inte som lästa. ${errorMessage(error, 'read')}`);
    }
  }

  const data = inbox.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE)) : 1;
  return (
    <div className="narrow">
      <h1 tabIndex={-1} ref={h1}>
        Inkorg
      </h1>
      <p className="lead">Meddelanden till din organisation om uppgifter i ärenden och om avtalen, de senaste först.</p>
      <QueryStatus query={inbox} what="inkorgen" />
      <div role="alert" className="alert-region">
        {alert ? <p className="alert">{alert}</p> : null}
      </div>
      <p role="status">{status}</p>
      {data ? (
        <>
          {data.inApp ? null : (
            <p>
              Du har valt att inte få meddelanden i inkorgen. Du kan ändra det under{' '}
              <Link href={paths.profile}>Min profil</Link>.
            </p>
          )}
          <p>
            {data.total === 0
              ? 'Inkorgen är tom.'
              : `${data.total} ${data.total === 1 ? 'meddelande' : 'meddelanden'}, ${unreadLabel(data.unread)}.`}
          </p>
          {data.unread > 0 ? (
            <div className="actions">
              <Button className="button" onPress={() => void markAllRead()}>
                Markera alla som lästa
              </Button>
            </div>
          ) : null}
          {data.items.length > 0 ? (
            <ol className="inbox" aria-label={`Meddelanden, sida ${page} av ${pages}`}>
              {data.items.map((item) => (
                <NoticeItem key={item.id} item={item} onMarkRead={markRead} />
              ))}
            </ol>
          ) : null}
          {pages > 1 ? (
            <nav aria-label="Sidor i inkorgen" className="pager">
              {page > 1 ? <Link href={paths.inbox(page - 1)}>Föregående sida</Link> : null}
              <span>
                Sida {page} av {pages}
              </span>
              {page < pages ? <Link href={paths.inbox(page + 1)}>Nästa sida</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
