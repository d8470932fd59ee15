import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { useApi } from '../app/contexts';
import { queries } from '../api/queries';
import type { EmailPreference, NoticePreferences } from '../api/types';
import { QueryStatus } from '../components/QueryStatus';
import { errorMessage } from '../i18n/messages';
import { emailPreferenceLabels } from '../i18n/notices';

/** How the user hears their party's notices (GET/PUT /api/me/preferences), on the profile page. */
export function NoticePreferencesSection() {
  const api = useApi();
  const preferences = useQuery(queries.preferences(api));
  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Meddelanden</h2>
      <QueryStatus query={preferences} what="dina val för meddelanden" />
      {preferences.data ? <NoticePreferencesForm saved={preferences.data} /> : null}
    </section>
  );
}

export function NoticePreferencesForm({ saved }: { saved: NoticePreferences }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState<EmailPreference>(saved.email);
  const [inApp, setInApp] = useState(saved.inApp);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setStatus('');
    setAlert(null);
    setSaving(true);
    try {
      queryClient.setQueryData(queries.preferences(api).queryKey, await api.savePreferences({ email, inApp }));
      setStatus('Dina val för meddelanden är sparade.');
    } catch (error) {
      setAlert(`Dina val sparades inte. ${errorMessage(error, 'read')}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <p>
        {saved.address === null
          ? 'Din organisation har inte angett någon e-postadress för dig, så ingen e-post når dig.'
          : `E-post skickas till ${saved.address}.`}
      </p>
      {saved.productDefault ? (
        <p className="hint">Du har inte valt själv: förvalet gäller (direkt e-post och inkorgen).</p>
      ) : null}
      <fieldset className="fieldset">
        <legend>Hur vill du få meddelanden?</legend>
        <RadioGroup className="radio-group" value={email} onChange={(value) => setEmail(value as EmailPreference)}>
          <Label>E-post</Label>
          {(Object.keys(emailPreferenceLabels) as EmailPreference[]).map((key) => (
            <Radio key={key} value={key}>
              {emailPreferenceLabels[key].label}
              <span className="hint"> – {emailPreferenceLabels[key].hint}</span>
            </Radio>
          ))}
        </RadioGroup>
        <Checkbox isSelected={inApp} onChange={setInApp}>
          I inkorgen i Samverkan
        </Checkbox>
      </fieldset>
      <div role="alert" className="alert-region">
        {alert ? <p className="alert">{alert}</p> : null}
      </div>
      <div className="actions">
        <Button type="submit" className="button" isDisabled={saving}>
          Spara dina val
        </Button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
