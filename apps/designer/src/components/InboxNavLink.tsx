import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { useApi, useSessionContext } from '../app/contexts';
import { paths } from '../app/paths';
import { queries } from '../api/queries';
import { unreadWord } from '../i18n/notices';

/**
 * The main menu's link to the inbox with the number of unread notices. The number is part of the
 * link's text (and so of its accessible name, "Inkorg 3 olästa"), not a badge only seen.
 */
export function InboxNavLink() {
  const api = useApi();
  const { state } = useSessionContext();
  const summary = useQuery({ ...queries.inboxSummary(api), enabled: state.kind === 'signed-in' });
  const unread = summary.data?.unread ?? 0;
  return (
    <NavLink to={paths.inbox()}>
      Inkorg
      {unread > 0 ? (
        <>
          {' '}
          <span className="count-badge">
            {unread}
            <span className="visually-hidden"> {unreadWord(unread)}</span>
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
