import type { Channel, VaBank, RetailOutlet } from './banks';

/**
 * The numbered steps a customer follows at each bank and channel, in Indonesian as the banks'
 * own menus read (DOMAIN.md, paraphrased). `{va}` and `{company}` are filled in on screen.
 */
const VA_STEPS: Record<VaBank, Record<Exclude<Channel, 'retail'>, string[]>> = {
  BCA: {
    atm: [
      'Masukkan kartu ATM BCA dan PIN.',
      'Pilih Transaksi Lainnya → Transfer → Ke Rek BCA Virtual Account.',
      'Masukkan nomor Virtual Account {va}.',
      'Masukkan {amount}, periksa data, pilih Benar.',
      'Pilih Ya untuk menyelesaikan.',
    ],
    internet: [
      'Masuk ke KlikBCA Individual.',
      'Pilih Transfer Dana → Transfer ke BCA Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan respon KeyBCA Appli 1, lalu Kirim.',
    ],
    mobile: [
      'Buka BCA mobile, pilih m-BCA.',
      'Pilih m-Transfer → BCA Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan m-PIN untuk menyelesaikan.',
    ],
    sms: [
      'Kirim SMS ke 69888: TRANSFER VA {va} [jumlah].',
      'Balas SMS konfirmasi dengan PIN m-BCA Anda.',
    ],
  },
  BNI: {
    atm: [
      'Masukkan kartu ATM BNI dan PIN.',
      'Pilih Menu Lainnya → Transfer → Virtual Account Billing.',
      'Masukkan nomor Virtual Account {va}.',
      'Masukkan {amount} dan konfirmasi.',
    ],
    internet: [
      'Masuk ke BNI Internet Banking.',
      'Pilih Transfer → Virtual Account Billing.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan kode otentikasi token, lalu Proses.',
    ],
    mobile: [
      'Buka BNI Mobile Banking (wondr).',
      'Pilih Transfer → Virtual Account Billing.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan password transaksi.',
    ],
    sms: [
      'Kirim SMS ke 3346: TRF VA {va} [jumlah].',
      'Balas dengan kode konfirmasi dan PIN SMS Banking.',
    ],
  },
  BRI: {
    atm: [
      'Masukkan kartu ATM BRI dan PIN.',
      'Pilih Transaksi Lain → Pembayaran → Lainnya → BRIVA.',
      'Masukkan nomor BRIVA {va}.',
      'Masukkan {amount}, pilih Ya.',
    ],
    internet: [
      'Masuk ke Internet Banking BRI.',
      'Pilih Pembayaran → BRIVA.',
      'Masukkan nomor BRIVA {va} dan {amount}.',
      'Masukkan password dan mToken, lalu Kirim.',
    ],
    mobile: [
      'Buka BRImo.',
      'Pilih Pembayaran → BRIVA.',
      'Masukkan nomor BRIVA {va} dan {amount}.',
      'Masukkan PIN BRImo.',
    ],
    sms: ['Kirim SMS ke 3300: BAYAR BRIVA {va} [jumlah] [PIN].', 'Tunggu SMS notifikasi berhasil.'],
  },
  MANDIRI: {
    atm: [
      'Masukkan kartu ATM Mandiri dan PIN.',
      'Pilih Bayar/Beli → Lainnya → Multipayment.',
      'Masukkan kode perusahaan {company}.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Tekan 1 untuk memilih tagihan, lalu Ya.',
    ],
    internet: [
      'Masuk ke Mandiri Internet Banking.',
      'Pilih Bayar → Multipayment, penyedia jasa {company}.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Konfirmasi dengan token.',
    ],
    mobile: [
      "Buka Livin' by Mandiri.",
      'Pilih Bayar → VA.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      "Masukkan PIN Livin'.",
    ],
    sms: ['Kirim SMS ke 3355: BAYAR {company} {va} [jumlah].', 'Balas dengan PIN SMS Banking.'],
  },
  PERMATA: {
    atm: [
      'Masukkan kartu ATM Permata dan PIN.',
      'Pilih Transaksi Lainnya → Pembayaran → Pembayaran Lainnya → Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Pilih Benar untuk menyelesaikan.',
    ],
    internet: [
      'Masuk ke PermataNet.',
      'Pilih Pembayaran Tagihan → Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan token, lalu Kirim.',
    ],
    mobile: [
      'Buka PermataMobile X.',
      'Pilih Bayar Tagihan → Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan PIN transaksi.',
    ],
    sms: ['Kirim SMS ke 3399: VA {va} [jumlah].', 'Balas dengan PIN.'],
  },
  CIMB: {
    atm: [
      'Masukkan kartu ATM CIMB Niaga dan PIN.',
      'Pilih Pembayaran → Lanjut → Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Pilih Proses untuk menyelesaikan.',
    ],
    internet: [
      'Masuk ke OCTO Clicks.',
      'Pilih Pembayaran Tagihan → Mobile Rekening (Virtual Account).',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan mPIN.',
    ],
    mobile: [
      'Buka OCTO Mobile.',
      'Pilih Transfer → Virtual Account.',
      'Masukkan nomor Virtual Account {va} dan {amount}.',
      'Masukkan PIN.',
    ],
    sms: ['Kirim SMS ke 9003: VA {va} [jumlah].', 'Balas dengan PIN.'],
  },
};

const RETAIL_STEPS: Record<RetailOutlet, string[]> = {
  INDOMARET: [
    'Datang ke gerai Indomaret terdekat.',
    'Sampaikan ke kasir: pembayaran "{payee}".',
    'Sebutkan kode pembayaran {va} dan jumlahnya.',
    'Bayar tunai atau debit, lalu simpan struk sebagai bukti.',
  ],
  ALFAMART: [
    'Datang ke gerai Alfamart, Alfamidi, atau Dan+Dan.',
    'Sampaikan ke kasir: pembayaran "{payee}".',
    'Sebutkan kode pembayaran {va} dan jumlahnya.',
    'Bayar, lalu simpan struk sebagai bukti.',
  ],
};

export type StepPurpose = 'topup' | 'booking';
// An open VA takes any amount; a booking's closed VA takes only its exact total.
const AMOUNT_WORDS: Record<StepPurpose, string> = {
  topup: 'jumlah top up',
  booking: 'jumlah tagihan (harus sama persis)',
};

/** Steps for a VA bank and channel, with the number filled in. */
export function vaSteps(
  bank: VaBank,
  channel: Exclude<Channel, 'retail'>,
  va: string,
  companyCode: string,
  purpose: StepPurpose = 'topup',
): string[] {
  return VA_STEPS[bank][channel].map((s) =>
    s
      .replaceAll('{va}', va)
      .replaceAll('{company}', companyCode)
      .replaceAll('{amount}', AMOUNT_WORDS[purpose]),
  );
}

/** Cashier steps for a retail payment code. */
export function retailSteps(
  outlet: RetailOutlet,
  code: string,
  purpose: StepPurpose = 'topup',
): string[] {
  const payee = purpose === 'topup' ? 'Kaspro / KAIPay' : 'KAI Access / tiket kereta';
  return RETAIL_STEPS[outlet].map((s) => s.replaceAll('{va}', code).replaceAll('{payee}', payee));
}
