import { useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { formatInstant } from '../app/stockholm';
import type { InboxItem } from '../api/types';
import { isCaseNotice, noticeKindTitle } from '../i18n/notices';

export interface NoticeItemProps {
  item: InboxItem;
  /** Marks it read; resolves once the inbox is fresh again, rejects when the API refused. */
  onMarkRead: (item: InboxItem) => Promise<void>;
}

/**
 * One notice of the inbox: its subject as a heading, kind, time (Stockholm) and whether it is
 * read; its text and link behind a disclosure button. Marking it read removes the button, so
 * focus moves to the notice's heading rather than being lost (WCAG 2.4.3).
 */
export function NoticeItem({ item, onMarkRead }: NoticeItemProps) {
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const unread = item.readAt === null;

  async function markRead(): Promise<void> {
    await onMarkRead(item);
    heading.current?.focus();
  }

  return (
    <li className={unread ? 'inbox-item inbox-item--unread' : 'inbox-item'}>
      <article aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="inbox-item__title">
          {unread ? <span className="visually-hidden">Oläst: </span> : null}
          {item.title}
        </h2>
        <p className="inbox-item__meta">
          {noticeKindTitle(item.kind)}
          {item.urgent ? <strong> · Brådskande</strong> : null} · Mottaget {formatInstant(item.createdAt)} ·{' '}
          {unread ? 'Oläst' : `Läst ${formatInstant(item.readAt ?? item.createdAt)}`}
        </p>
        <div className="actions">
          <Button
            className="button button--secondary"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onPress={() => setOpen((was) => !was)}
          >
            {open ? 'Dölj meddelandet' : 'Visa meddelandet'}
            <span className="visually-hidden"> {item.title}</span>
          </Button>
          {unread ? (
            <Button className="button button--secondary" onPress={() => void markRead().catch(() => undefined)}>
              Markera som läst<span className="visually-hidden"> {item.title}</span>
            </Button>
          ) : null}
        </div>
        <div id={`${id}-body`} hidden={!open} className="inbox-item__body">
          {open ? <NoticeBody item={item} /> : null}
        </div>
      </article>
    </li>
  );
}

function NoticeBody({ item }: { item: InboxItem }) {
  const dated = item.tasks.filter((task) => task.dueAt !== null);
  return (
    <>
      {item.text === null ? (
        <p className="hint">Meddelandets text kan inte visas. Öppna länken för att se vad det gäller.</p>
      ) : (
        <p className="inbox-item__text">{item.text}</p>
      )}
      {dated.length > 0 ? (
        <ul className="plain">
          {dated.map((task) => (
            <li key={task.key}>
              {task.title}: senast {formatInstant(task.dueAt ?? '')}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={item.link}>{isCaseNotice(item.kind) ? `Öppna ärendet ${item.caseRef}` : 'Öppna avtalet'}</a>
      </p>
    </>
  );
}
