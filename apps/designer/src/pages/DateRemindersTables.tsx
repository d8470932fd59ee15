import type { AgreementReminders } from '../api/types';
import { formatDay, formatInstant } from '../app/stockholm';
import { dateReminderTitle, leadSourceLabel, leadTimeLabel, productNoteText } from '../i18n/lifecycle';

/**
 * The reminders of the agreement's own dates: how long before each date they go out, with who
 * chose that (no agreement text gives these lead times, so a default is the product's, marked and
 * explained), and the reminders armed next.
 */
export function DateRemindersTables({
  reminders,
  names,
}: {
  reminders: AgreementReminders;
  names: ReadonlyMap<string, string>;
}) {
  // The API keeps them by kind; the county reads them in the order they go out.
  const upcoming = [...reminders.upcoming].sort((a, b) => a.remindAt.localeCompare(b.remindAt));
  const partyList = (keys: string[]) =>
    keys.length === 0 ? 'Ingen part' : keys.map((key) => names.get(key) ?? key).join(', ');
  return (
    <>
      <table className="table">
        <caption>Hur långt före datumet påminnelsen skickas</caption>
        <thead>
          <tr>
            <th scope="col">Påminnelse</th>
            <th scope="col">Skickas</th>
            <th scope="col">Vem har valt</th>
          </tr>
        </thead>
        <tbody>
          {reminders.leads.map((lead) => (
            <tr key={lead.kind}>
              <th scope="row">{dateReminderTitle(lead.kind)}</th>
              <td>{leadTimeLabel(lead)}</td>
              <td>
                {leadSourceLabel(lead.source)}
                {lead.source.kind === 'product' ? (
                  <span className="cell-note">{productNoteText(lead.source.note)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Tiderna hör till versionen: länets egna val gäller från det att en version med dem publiceras.
      </p>
      {upcoming.length === 0 ? (
        <p>Inga påminnelser väntar: Samverkan påminner bara om datum som överenskommelsen anger.</p>
      ) : (
        <table className="table">
          <caption>Nästa påminnelser</caption>
          <thead>
            <tr>
              <th scope="col">Påminnelse</th>
              <th scope="col">Gäller datum</th>
              <th scope="col">Skickas (svensk tid)</th>
              <th scope="col">Till</th>
            </tr>
          </thead>
          <tbody>
            {upcoming.map((reminder) => (
              <tr key={`${reminder.kind} ${reminder.about} ${reminder.remindAt}`}>
                <th scope="row">{dateReminderTitle(reminder.kind)}</th>
                <td>{formatDay(reminder.about)}</td>
                <td>{formatInstant(reminder.remindAt)}</td>
                <td>{partyList(reminder.parties)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
