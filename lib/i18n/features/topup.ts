/** Words for Cara Isi Saldo, retail codes and the sandbox bank. */
export const topupId = {
  title: 'Cara Isi Saldo', lead: 'Pilih metode isi saldo KAIPay.', chooseBank: 'Pilih bank', chooseOutlet: 'Pilih gerai',
  methods: { atm: 'ATM', internet: 'Internet Banking', mobile: 'Mobile Banking', sms: 'SMS Banking', retail: 'Gerai Ritel' },
  vaLabel: 'Nomor Virtual Account', copy: 'Salin', copied: 'Nomor disalin', companyCode: 'Kode perusahaan',
  fee: 'Biaya admin', feePromo: (name: string) => `Rp 0 selama promo: ${name}`, min: 'Minimal isi saldo', max: 'Maksimal saat ini',
  maxHint: 'Sesuai sisa batas saldo dan batas dana masuk bulan ini.', steps: 'Langkah-langkah', back: 'Kembali',
  needActive: 'Aktifkan KAIPay terlebih dahulu untuk melihat nomor virtual account.', activate: 'Aktifkan KAIPay',
  amount: 'Jumlah isi saldo (Rp)', amountHint: 'Rp 10.000 sampai Rp 5.000.000.', createCode: 'Buat kode pembayaran', creating: 'Membuat…',
  codeLabel: 'Kode pembayaran', validUntil: 'Berlaku sampai', timeLeft: 'Sisa waktu', codeExpired: 'Kode pembayaran sudah kedaluwarsa.',
  recent: 'Riwayat isi saldo', none: 'Belum ada isi saldo.', statuses: { pending: 'Menunggu', settlement: 'Berhasil', expire: 'Kedaluwarsa', cancel: 'Dibatalkan', returned: 'Dikembalikan ke bank' },
  reasons: {
    over_max_balance: 'melebihi batas saldo', over_monthly_limit: 'melebihi batas dana masuk bulanan', amount_mismatch: 'jumlah tidak sesuai',
    expired_code: 'kode sudah kedaluwarsa', below_minimum: 'di bawah minimal isi saldo', wallet_inactive: 'KAIPay tidak aktif',
  } as Record<string, string>,
  errors: { amount_range: 'Jumlah harus Rp 10.000 sampai Rp 5.000.000, tanpa desimal.', wallet_inactive: 'KAIPay belum aktif.' } as Record<string, string>,
  admin: {
    title: 'Pembayaran & rekonsiliasi', returned: 'Dana dikembalikan ke bank', none: 'Tidak ada.', reconcile: 'Rekonsiliasi dengan bank sekarang',
    reconciled: (checked: number, applied: number) => `Rekonsiliasi selesai: ${checked} transaksi bank diperiksa, ${applied} diterapkan.`,
    failed: 'Bank tidak dapat dihubungi. Coba lagi.', promo: 'Promo biaya admin', noPromo: 'Tidak ada promo aktif: biaya admin bank berlaku.',
    passenger: 'Penumpang', amount: 'Jumlah', reason: 'Alasan', when: 'Waktu',
    owed: 'Refund pembatalan yang harus ditransfer ke bank', paidWith: 'Dibayar dengan',
  },
  bank: {
    title: 'Bank Sandbox', lead: 'Simulasi nasabah bank: bayar virtual account atau kode pembayaran. Bank mengirim notifikasi bertanda tangan ke aplikasi.',
    channel: 'Kanal', bank: 'Bank / gerai', number: 'Nomor VA / kode pembayaran', amount: 'Jumlah (Rp)', pay: 'Bayar', paying: 'Memproses…',
    paid: (tx: string) => `Pembayaran berhasil. ID transaksi ${tx}. Notifikasi dikirim ke aplikasi.`,
    channels: { atm: 'ATM', internet: 'Internet banking', mobile: 'Mobile banking', sms: 'SMS banking', retail: 'Kasir gerai ritel' },
    refresh: 'Muat ulang', log: 'Log pengiriman notifikasi', when: 'Waktu', attempts: 'Percobaan', result: 'Hasil', delivered: 'Terkirim', retrying: 'Dicoba lagi', gaveUp: 'Berhenti mencoba',
    errors: {
      unknown_number: 'Nomor tidak dikenal oleh bank.', expired: 'Kode/VA sudah kedaluwarsa.', amount_mismatch: 'Jumlah harus sama dengan tagihan.',
      already_paid: 'Tagihan ini sudah dibayar.', channel_mismatch: 'Kanal kasir ritel hanya untuk Indomaret/Alfamart, dan sebaliknya.',
      amount_invalid: 'Jumlah harus bilangan bulat rupiah lebih dari 0.', number_invalid: 'Nomor hanya berisi angka.',
    } as Record<string, string>,
  },
};

export const topupEn: typeof topupId = {
  title: 'How to top up', lead: 'Choose how to top up KAIPay.', chooseBank: 'Choose a bank', chooseOutlet: 'Choose an outlet',
  methods: { atm: 'ATM', internet: 'Internet Banking', mobile: 'Mobile Banking', sms: 'SMS Banking', retail: 'Retail outlet' },
  vaLabel: 'Virtual Account number', copy: 'Copy', copied: 'Number copied', companyCode: 'Company code',
  fee: 'Admin fee', feePromo: (name: string) => `Rp 0 during the promo: ${name}`, min: 'Minimum top-up', max: 'Maximum right now',
  maxHint: 'What is left of your balance limit and this month’s incoming limit.', steps: 'Steps (as the bank shows them, in Indonesian)', back: 'Back',
  needActive: 'Activate KAIPay first to see your virtual account numbers.', activate: 'Activate KAIPay',
  amount: 'Top-up amount (Rp)', amountHint: 'Rp 10,000 to Rp 5,000,000.', createCode: 'Create payment code', creating: 'Creating…',
  codeLabel: 'Payment code', validUntil: 'Valid until', timeLeft: 'Time left', codeExpired: 'This payment code has expired.',
  recent: 'Top-up history', none: 'No top-ups yet.', statuses: { pending: 'Pending', settlement: 'Succeeded', expire: 'Expired', cancel: 'Cancelled', returned: 'Returned to the bank' },
  reasons: {
    over_max_balance: 'over the balance limit', over_monthly_limit: 'over the monthly incoming limit', amount_mismatch: 'amount did not match',
    expired_code: 'code had expired', below_minimum: 'below the minimum top-up', wallet_inactive: 'KAIPay not active',
  },
  errors: { amount_range: 'Amount must be Rp 10,000 to Rp 5,000,000, whole rupiah.', wallet_inactive: 'KAIPay is not active yet.' },
  admin: {
    title: 'Payments & reconciliation', returned: 'Money returned to the bank', none: 'None.', reconcile: 'Reconcile with the bank now',
    reconciled: (checked: number, applied: number) => `Reconciliation done: ${checked} bank transactions checked, ${applied} applied.`,
    failed: 'The bank could not be reached. Try again.', promo: 'Admin-fee promo', noPromo: 'No promo running: bank admin fees apply.',
    passenger: 'Passenger', amount: 'Amount', reason: 'Reason', when: 'Time',
    owed: 'Cancellation refunds to pay out by bank transfer', paidWith: 'Paid with',
  },
  bank: {
    title: 'Sandbox Bank', lead: 'Act as a bank customer: pay a virtual account or payment code. The bank sends a signed notification to the app.',
    channel: 'Channel', bank: 'Bank / outlet', number: 'VA number / payment code', amount: 'Amount (Rp)', pay: 'Pay', paying: 'Processing…',
    paid: (tx: string) => `Payment done. Transaction ${tx}. The notification was sent to the app.`,
    channels: { atm: 'ATM', internet: 'Internet banking', mobile: 'Mobile banking', sms: 'SMS banking', retail: 'Retail cashier' },
    refresh: 'Refresh', log: 'Notification delivery log', when: 'Time', attempts: 'Attempts', result: 'Result', delivered: 'Delivered', retrying: 'Retrying', gaveUp: 'Gave up',
    errors: {
      unknown_number: 'The bank does not know this number.', expired: 'This code/VA has expired.', amount_mismatch: 'The amount must equal the bill.',
      already_paid: 'This bill is already paid.', channel_mismatch: 'The retail cashier takes Indomaret/Alfamart codes only, and banks take VAs only.',
      amount_invalid: 'Amount must be whole rupiah above 0.', number_invalid: 'Digits only.',
    },
  },
};
