type Labels = {
  channel: string;
  whatsapp: string;
  sms: string;
  channelHint: string;
  disclosureTitle: string;
  disclosure: string;
  termsTitle: string;
  terms: readonly string[];
  consent: string;
};
type Props = {
  labels: Labels;
  /** The channel echoed back after a refusal; WhatsApp when nothing was chosen yet. */
  channel?: string;
  consented: boolean;
  errors: { channel?: string[]; consent?: string[] };
};

/**
 * Activation's last part before the OTP goes out: the channel (WhatsApp preselected, SMS on request)
 * and the issuer's licensing disclosure with the terms the passenger must accept. The server checks
 * both again (IdentitySchema, submitIdentity).
 */
export function ChannelConsent({ labels, channel, consented, errors }: Props) {
  const chosen = channel === 'sms' ? 'sms' : 'whatsapp';
  return (
    <>
      <fieldset className="grid gap-2 sm:col-span-2" aria-describedby="channel-hint">
        <legend className="mb-1 text-sm font-medium text-slate-800">{labels.channel}</legend>
        <div className="flex flex-wrap gap-3">
          {(['whatsapp', 'sms'] as const).map((c) => (
            <label
              key={c}
              className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-kai-navy has-[:checked]:ring-2 has-[:checked]:ring-kai-navy/30"
            >
              <input
                type="radio"
                name="channel"
                value={c}
                defaultChecked={chosen === c}
                className="size-5"
              />
              {labels[c]}
            </label>
          ))}
        </div>
        <p id="channel-hint" className="text-xs text-slate-600">
          {labels.channelHint}
        </p>
        {errors.channel?.length ? (
          <p className="text-sm text-red-700" role="alert">
            {errors.channel.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <section
        aria-labelledby="disclosure-title"
        className="grid gap-2 rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm sm:col-span-2"
        data-testid="kaspro-disclosure"
      >
        <h3 id="disclosure-title" className="font-semibold text-kai-navy">
          {labels.disclosureTitle}
        </h3>
        <p>{labels.disclosure}</p>
        <details>
          <summary className="cursor-pointer font-medium text-kai-navy underline">
            {labels.termsTitle}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {labels.terms.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </section>
      <div className="grid gap-1 sm:col-span-2">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="consent"
            value="yes"
            required
            defaultChecked={consented}
            aria-invalid={errors.consent?.length ? true : undefined}
            aria-describedby={errors.consent?.length ? 'consent-error' : undefined}
            className="mt-0.5 size-5 shrink-0"
          />
          <span>{labels.consent}</span>
        </label>
        {errors.consent?.length ? (
          <p id="consent-error" className="text-sm text-red-700" role="alert">
            {errors.consent.join(' ')}
          </p>
        ) : null}
      </div>
    </>
  );
}
