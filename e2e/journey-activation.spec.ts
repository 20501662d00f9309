import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { readOtp } from './support/kaipay';
import { e164 } from './support/checkout';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';
import { whatsAppPassenger } from './support/journey';

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

// Issue 12.9 (channel choice, Kaspro and Bank Indonesia disclosure, consent), 12.7 (no resend
// countdown after an OTP lock) and 12.11 (the inbox link carries the number).
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`activation on ${name}`, () => {
    test.use({ viewport });

    test('WhatsApp preselected, consent required by the server, the code by WhatsApp; three wrong codes lock without a countdown', async ({
      page,
      context,
    }) => {
      const p = whatsAppPassenger();
      await register(page, p);
      await page.goto('/kaipay/aktivasi');
      const disclosure = page.getByTestId('kaspro-disclosure');
      await expect(disclosure).toContainText('PT Kaspro Financial Indonesia');
      await expect(disclosure).toContainText('diawasi oleh Bank Indonesia');
      await expect(page.getByRole('radio', { name: 'WhatsApp', exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'SMS', exact: true })).not.toBeChecked();
      await shoot(page, 'journey-activation-identity', name);
      await expectAccessible(page);

      // No consent: the server refuses (the form does not validate in the browser) and sends nothing.
      await page.getByRole('button', { name: 'Kirim OTP' }).click();
      await expect(
        page.getByText('Setujui Syarat dan Ketentuan KAIPay untuk melanjutkan.'),
      ).toBeVisible();
      await expect(page.getByRole('checkbox', { name: /menyetujui/ })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await shoot(page, 'journey-activation-consent-error', name);

      await page.getByRole('checkbox', { name: /menyetujui Syarat dan Ketentuan/ }).check();
      await page.getByRole('button', { name: 'Kirim OTP' }).click();
      await expect(page.getByText('Kode OTP dikirim lewat WhatsApp.')).toBeVisible();
      // The sandbox inbox link opens this number's phone.
      await expect(
        page.getByRole('link', { name: 'Sandbox: buka Kotak Masuk HP' }),
      ).toHaveAttribute('href', `/sandbox/inbox?phone=${encodeURIComponent(p.phone)}`);
      const code = await readOtp(context, e164(p.phone));
      const inbox = await context.newPage();
      await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(p.phone)}`);
      await expect(inbox.getByTestId('chat-message').last()).toContainText('WhatsApp');
      await inbox.close();

      for (let i = 0; i < 3; i++) {
        await page.getByLabel('Kode OTP').fill(wrong(code));
        await page.getByRole('button', { name: 'Verifikasi' }).click();
        // Each answer before the next try: the form clears the code when it answers.
        if (i < 2) await expect(page.getByText(`Sisa ${2 - i} kali percobaan`)).toBeVisible();
      }
      // Locked: when to try again, and nothing that counts down to a refusal.
      await expect(page.getByTestId('otp-blocked')).toContainText(
        /Anda dapat meminta kode baru setelah .*\d\d:\d\d WIB\./,
      );
      await expect(page.getByRole('timer')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Kirim ulang|Kirim lewat SMS/ })).toHaveCount(
        0,
      );
      await expect(page.getByLabel('Kode OTP')).toHaveCount(0);
      await shoot(page, 'journey-activation-locked', name);
      await expectAccessible(page);
    });
  });
}

test('SMS when chosen, and WhatsApp falls back to SMS (said so) for a number not on WhatsApp', async ({
  page,
  browser,
}) => {
  const onWhatsApp = whatsAppPassenger();
  await register(page, onWhatsApp);
  await page.goto('/kaipay/aktivasi');
  await page.getByRole('radio', { name: 'SMS', exact: true }).check();
  await page.getByRole('checkbox', { name: /menyetujui Syarat dan Ketentuan/ }).check();
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(page.getByText('Kode OTP dikirim lewat SMS.')).toBeVisible();
  await expect(page.getByText(/tidak memakai WhatsApp/)).toHaveCount(0);

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const smsOnly = await other.newPage();
  const p = newPassenger();
  await register(smsOnly, p);
  await smsOnly.goto('/kaipay/aktivasi');
  await smsOnly.getByRole('checkbox', { name: /menyetujui Syarat dan Ketentuan/ }).check();
  await smsOnly.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(
    smsOnly.getByText('Nomor Anda tidak memakai WhatsApp, jadi kode OTP dikirim lewat SMS.'),
  ).toBeVisible();
  await other.close();
});
